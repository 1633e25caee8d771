package th.go.sesaoret.servicedesk.conference.application;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJB;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import th.go.sesaoret.servicedesk.conference.domain.FreeSlots;
import th.go.sesaoret.servicedesk.conference.domain.FreeSlots.Window;
import th.go.sesaoret.servicedesk.conference.domain.MeetingTime;
import th.go.sesaoret.servicedesk.conference.domain.Occupancy;
import th.go.sesaoret.servicedesk.request.domain.RequestStatus;
import th.go.sesaoret.servicedesk.security.domain.Role;
import th.go.sesaoret.servicedesk.sla.application.WorkingCalendar;
import th.go.sesaoret.servicedesk.sla.domain.BusinessCalendar;

/**
 * The conference-room calendar's reads, each one indexed range query on the bookings' occupied
 * window: a view's entries (month, week, day, list), a room's day for the booking form, and the
 * rooms and items. A booking lasts at most a day, so "occupied from before the view's end and after
 * its start less a day" is a tight range of {@code ix_booking_calendar}.
 */
@Stateless
@PermitAll
public class ConferenceCalendar {
  /** No booking's occupied window is longer (a meeting ends on its own day). */
  static final Duration LONGEST = Duration.ofHours(25);

  /** How far a view may reach (a month view with its leading and trailing weeks, a list). */
  public static final Duration WIDEST_VIEW = Duration.ofDays(62);

  @PersistenceContext private EntityManager em;
  @Resource private SessionContext session;
  @Inject private Clock clock;
  @EJB private WorkingCalendar calendar;

  /** Who the calendar is read for, and what they filter on. */
  public record Filter(Long roomId, String operator, boolean mineOnly)
      implements java.io.Serializable {
    public static final Filter ALL = new Filter(null, null, false);
  }

  /**
   * The bookings occupying any moment of [{@code from}, {@code to}) that are not cancelled, in
   * order of their set-up. Refused (empty) for a range wider than {@link #WIDEST_VIEW}.
   */
  public List<CalendarEntry> entries(Instant from, Instant to, Filter filter) {
    if (from == null || to == null || !to.isAfter(from)) {
      return List.of();
    }
    if (Duration.between(from, to).compareTo(WIDEST_VIEW) > 0) {
      to = from.plus(WIDEST_VIEW);
    }
    String me = caller();
    StringBuilder q =
        new StringBuilder(
            "select b.id, r.number, r.title, room.id, room.name, room.colour, b.meetingStart,"
                + " b.meetingEnd, b.occupiedFrom, b.occupiedUntil, p.fullName, r.requester,"
                + " r.filedBy, b.operator, r.status, b.offHoursReason, b.sequence"
                + " from Booking b join b.request r join b.room room"
                + " left join Person p on p.username = b.operator"
                + " where b.occupiedFrom < :to and b.occupiedFrom > :earliest"
                + " and b.occupiedUntil > :from and b.cancelledAt is null");
    if (filter.roomId() != null) {
      q.append(" and room.id = :room");
    }
    if (filter.operator() != null) {
      q.append(" and b.operator = :operator");
    }
    if (filter.mineOnly()) {
      q.append(" and (r.requester = :me or r.filedBy = :me or b.operator = :me)");
    }
    q.append(" order by b.occupiedFrom, b.id");
    var query =
        em.createQuery(q.toString(), Object[].class)
            .setParameter("from", from)
            .setParameter("to", to)
            .setParameter("earliest", from.minus(LONGEST));
    if (filter.roomId() != null) {
      query.setParameter("room", filter.roomId());
    }
    if (filter.operator() != null) {
      query.setParameter("operator", filter.operator());
    }
    if (filter.mineOnly()) {
      query.setParameter("me", me);
    }
    boolean office = me != null && !onlyRequester();
    List<CalendarEntry> out = new ArrayList<>();
    for (Object[] row : query.getResultList()) {
      boolean mine = me != null && (me.equals(row[11]) || me.equals(row[12]));
      boolean operating = me != null && me.equals(row[13]);
      out.add(
          new CalendarEntry(
              (Long) row[0],
              (String) row[1],
              (String) row[2],
              (Long) row[3],
              (String) row[4],
              (String) row[5],
              (Instant) row[6],
              (Instant) row[7],
              (Instant) row[8],
              (Instant) row[9],
              (String) row[10],
              mine,
              mine || operating || office,
              (RequestStatus) row[14],
              row[15] != null,
              (Integer) row[16]));
    }
    return out;
  }

  /**
   * Room {@code roomId}'s day for the booking form: taken windows (occupations and outages), free
   * windows inside the office day, and when {@code wished} (may be null) is taken the three nearest
   * free times of its length. {@code self} leaves out a booking being moved.
   */
  public DaySchedule day(long roomId, LocalDate day, MeetingTime wished, Long self) {
    BusinessCalendar cal = calendar.calendar();
    ZoneId zone = cal.officeHours().zone();
    Instant dayStart = day.atStartOfDay(zone).toInstant();
    Instant dayEnd = day.plusDays(1).atStartOfDay(zone).toInstant();
    List<Window> taken = new ArrayList<>();
    em.createQuery(
            "select o.startsAt, o.endsAt from Occupancy o where o.resource = :res"
                + " and o.startsAt < :to and o.endsAt > :from and o.requestId <> :self"
                + " order by o.startsAt",
            Object[].class)
        .setParameter("res", Occupancy.room(roomId))
        .setParameter("from", dayStart)
        .setParameter("to", dayEnd)
        .setParameter("self", self == null ? -1L : self)
        .getResultList()
        .forEach(r -> taken.add(new Window((Instant) r[0], (Instant) r[1])));
    em.createQuery(
            "select o.startsAt, o.endsAt from Outage o where o.room.id = :room"
                + " and o.startsAt < :to and o.endsAt > :from",
            Object[].class)
        .setParameter("room", roomId)
        .setParameter("from", dayStart)
        .setParameter("to", dayEnd)
        .getResultList()
        .forEach(r -> taken.add(new Window((Instant) r[0], (Instant) r[1])));
    var periods = cal.officeHours().periods();
    LocalTime opening = periods.get(0).start();
    LocalTime closing = periods.get(periods.size() - 1).end();
    Instant officeFrom = day.atTime(opening).atZone(zone).toInstant();
    Instant officeTo = day.atTime(closing).atZone(zone).toInstant();
    List<Window> free = FreeSlots.free(taken, officeFrom, officeTo);
    List<MeetingTime> nearest = List.of();
    if (wished != null && wished.day().equals(day)) {
      Instant a = wished.occupiedFrom();
      Instant b = wished.occupiedUntil();
      if (taken.stream().anyMatch(w -> w.overlaps(a, b))) {
        nearest = FreeSlots.nearest(wished, taken, opening, closing, clock.instant(), 3);
      }
    }
    return new DaySchedule(
        roomId,
        day,
        cal.isWorkingDay(day),
        taken.stream().sorted(java.util.Comparator.comparing(Window::from)).toList(),
        free,
        nearest);
  }

  /** The rooms in use (for the form and the calendar's filter), by name. */
  public List<RoomView> rooms() {
    return em.createQuery(
            "select new th.go.sesaoret.servicedesk.conference.application.RoomView(r.id, r.name,"
                + " r.place, r.capacity, r.fixedEquipment, r.colour,"
                + " case when r.photoType is null then false else true end, r.active)"
                + " from Room r where r.active = true order by r.name",
            RoomView.class)
        .getResultList();
  }

  /** One room in use, or empty (an unknown id and a room out of use read the same). */
  public Optional<RoomView> room(long id) {
    return rooms().stream().filter(r -> r.id() == id).findFirst();
  }

  /** The items in use, by kind and name. */
  public List<ItemView> items() {
    return em.createQuery(
            "select new th.go.sesaoret.servicedesk.conference.application.ItemView(i.id, i.kind,"
                + " i.name, i.assetNumber, room.id, room.name, i.active)"
                + " from ConferenceItem i left join i.room room where i.active = true"
                + " order by i.kind, i.name",
            ItemView.class)
        .getResultList();
  }

  private String caller() {
    var p = session.getCallerPrincipal();
    return p == null || "anonymous".equals(p.getName()) ? null : p.getName();
  }

  private boolean onlyRequester() {
    for (Role r : Role.values()) {
      if (r != Role.REQUESTER && session.isCallerInRole(r.name())) {
        return false;
      }
    }
    return true;
  }
}
