package th.go.sesaoret.servicedesk.conference.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.LockTimeoutException;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import jakarta.persistence.PessimisticLockException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Collectors;
import th.go.sesaoret.servicedesk.conference.domain.Booking;
import th.go.sesaoret.servicedesk.conference.domain.ConferenceItem;
import th.go.sesaoret.servicedesk.conference.domain.Conflict;
import th.go.sesaoret.servicedesk.conference.domain.Occupancy;
import th.go.sesaoret.servicedesk.conference.domain.Room;
import th.go.sesaoret.servicedesk.security.domain.Person;
import th.go.sesaoret.servicedesk.shared.BusinessException;

/**
 * The one rule that no two occupations of a room, an item or an operator overlap, kept by the
 * database inside the booking's transaction: the room's and the items' rows (and the operator's
 * person row) are locked first ({@code select ... for update}, always in the same order: room,
 * items by id, operator), then the overlap is read and the occupation written. A second booking of
 * the same room at the same moment waits for the lock and then sees the first one's rows. On
 * PostgreSQL an exclusion constraint over {@code conference_occupancy} is the second wall.
 */
@ApplicationScoped
public class ConferenceOccupancies {
  private static final Logger LOG = Logger.getLogger(ConferenceOccupancies.class.getName());

  @PersistenceContext private EntityManager em;

  /** The room, locked; refused as unknown when there is none or it is not in use. */
  public Room lockRoom(long roomId) {
    Room room;
    try {
      room = em.find(Room.class, roomId, LockModeType.PESSIMISTIC_WRITE);
    } catch (PessimisticLockException | LockTimeoutException e) {
      // waited longer than the database's lock timeout (H2: 10 s) behind other bookings
      LOG.log(Level.INFO, "Room lock not granted: {0}", e.toString());
      throw new BusinessException("conference.slot.busy");
    }
    if (room == null || !room.active()) {
      throw new BusinessException("conference.room.unknown");
    }
    return room;
  }

  /** The items, locked in id order; refused as unknown when any is missing or not in use. */
  public List<ConferenceItem> lockItems(Collection<Long> ids) {
    if (ids == null || ids.isEmpty()) {
      return List.of();
    }
    List<ConferenceItem> items =
        em.createQuery(
                "select i from ConferenceItem i where i.id in :ids order by i.id",
                ConferenceItem.class)
            .setParameter("ids", Set.copyOf(ids))
            .setLockMode(LockModeType.PESSIMISTIC_WRITE)
            .getResultList();
    if (items.size() != Set.copyOf(ids).size() || items.stream().anyMatch(i -> !i.active())) {
      throw new BusinessException("conference.item.unknown");
    }
    return items;
  }

  /** The operator's person row, locked (an operator runs one meeting at a time). */
  public void lockOperator(String username) {
    List<Person> p =
        em.createQuery("select p from Person p where p.username = :u", Person.class)
            .setParameter("u", username)
            .setLockMode(LockModeType.PESSIMISTIC_WRITE)
            .getResultList();
    if (p.isEmpty()) {
      throw new BusinessException("conference.operator.unknown");
    }
  }

  /**
   * What stands in the way of occupying {@code room}, {@code items} and {@code operator} (may be
   * null) from {@code from} to {@code until}, leaving out booking {@code self} (a move; null for a
   * new one). Call it with the rows locked.
   */
  public List<Conflict> conflicts(
      Room room,
      List<ConferenceItem> items,
      String operator,
      Instant from,
      Instant until,
      Long self) {
    Map<String, String> labels = new HashMap<>();
    labels.put(Occupancy.room(room.id()), room.name());
    items.forEach(i -> labels.put(Occupancy.item(i.id()), i.name()));
    if (operator != null) {
      labels.put(
          Occupancy.operator(operator),
          em.createQuery("select p.fullName from Person p where p.username = :u", String.class)
              .setParameter("u", operator)
              .getResultStream()
              .findFirst()
              .orElse(""));
    }
    List<Conflict> found = new ArrayList<>();
    List<Object[]> taken =
        em.createQuery(
                "select o.resource, o.startsAt, o.endsAt from Occupancy o"
                    + " where o.resource in :resources and o.startsAt < :until"
                    + " and o.endsAt > :from and o.requestId <> :self order by o.startsAt",
                Object[].class)
            .setParameter("resources", labels.keySet())
            .setParameter("from", from)
            .setParameter("until", until)
            .setParameter("self", self == null ? -1L : self)
            .getResultList();
    for (Object[] row : taken) {
      String resource = (String) row[0];
      Conflict.Kind kind =
          resource.startsWith("room:")
              ? Conflict.Kind.ROOM_TAKEN
              : resource.startsWith("item:")
                  ? Conflict.Kind.ITEM_TAKEN
                  : Conflict.Kind.OPERATOR_BUSY;
      found.add(new Conflict(kind, labels.get(resource), (Instant) row[1], (Instant) row[2]));
    }
    Map<Long, ConferenceItem> byId =
        items.stream().collect(Collectors.toMap(ConferenceItem::id, Function.identity()));
    List<Object[]> outages =
        em.createQuery(
                "select o.room.id, o.item.id, o.startsAt, o.endsAt from Outage o"
                    + " left join o.room left join o.item"
                    + " where (o.room.id = :room or o.item.id in :items)"
                    + " and o.startsAt < :until and o.endsAt > :from order by o.startsAt",
                Object[].class)
            .setParameter("room", room.id())
            .setParameter("items", byId.isEmpty() ? Set.of(-1L) : byId.keySet())
            .setParameter("from", from)
            .setParameter("until", until)
            .getResultList();
    for (Object[] row : outages) {
      if (row[0] != null) {
        found.add(
            new Conflict(
                Conflict.Kind.ROOM_OUT_OF_SERVICE,
                room.name(),
                (Instant) row[2],
                (Instant) row[3]));
      } else {
        found.add(
            new Conflict(
                Conflict.Kind.ITEM_OUT_OF_SERVICE,
                byId.get((Long) row[1]).name(),
                (Instant) row[2],
                (Instant) row[3]));
      }
    }
    return found;
  }

  /** Writes what {@code booking} occupies now (its old rows replaced); locks must be held. */
  public void occupy(Booking booking) {
    release(booking.id());
    for (String resource : booking.resources()) {
      em.persist(
          new Occupancy(booking.id(), resource, booking.occupiedFrom(), booking.occupiedUntil()));
    }
    try {
      em.flush();
    } catch (PersistenceException e) {
      // PostgreSQL's exclusion constraint: an occupation written past the lock (never expected)
      LOG.log(Level.WARNING, "Occupancy refused by the database: {0}", e.toString());
      throw new BusinessException("conference.slot.taken");
    }
  }

  /** Frees what request {@code requestId} occupied (a cancelled booking). */
  public void release(long requestId) {
    em.createQuery("delete from Occupancy o where o.requestId = :id")
        .setParameter("id", requestId)
        .executeUpdate();
  }
}
