package th.go.sesaoret.servicedesk.conference.application;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import th.go.sesaoret.servicedesk.conference.domain.Room;
import th.go.sesaoret.servicedesk.conference.infrastructure.QrSvg;
import th.go.sesaoret.servicedesk.notification.domain.NoticeText;

/**
 * The public reads of the rooms, for anyone: the board at a room's door (now, next, free until) and
 * a room's photo. An unknown room and a room out of use read the same: empty.
 */
@Stateless
@PermitAll
public class RoomDisplays {
  @PersistenceContext private EntityManager em;
  @Inject private Clock clock;

  /** A room's photo and the content type it was checked to be. */
  public record Photo(byte[] content, String contentType) {}

  /**
   * Room {@code roomId}'s board now: one range query on the room's occupied windows ({@code
   * ix_booking_room}), one on its outages.
   */
  public Optional<RoomBoard> board(long roomId) {
    Room room = em.find(Room.class, roomId);
    if (room == null || !room.active()) {
      return Optional.empty();
    }
    Instant now = clock.instant();
    List<RoomBoard.Meeting> meetings =
        em.createQuery(
                "select b.request.title, b.meetingStart, b.meetingEnd, b.occupiedFrom,"
                    + " b.occupiedUntil from Booking b where b.room.id = :room"
                    + " and b.occupiedFrom > :earliest and b.occupiedUntil > :now"
                    + " and b.cancelledAt is null order by b.occupiedFrom",
                Object[].class)
            .setParameter("room", roomId)
            .setParameter("earliest", now.minus(ConferenceCalendar.LONGEST))
            .setParameter("now", now)
            .setMaxResults(RoomBoard.NEXT + 1)
            .getResultStream()
            .map(
                r ->
                    new RoomBoard.Meeting(
                        (String) r[0],
                        (Instant) r[1],
                        (Instant) r[2],
                        (Instant) r[3],
                        (Instant) r[4]))
            .toList();
    RoomBoard.Outage outage =
        em.createQuery(
                "select o.endsAt, o.reason from Outage o where o.room.id = :room"
                    + " and o.startsAt <= :now and o.endsAt > :now order by o.endsAt desc",
                Object[].class)
            .setParameter("room", roomId)
            .setParameter("now", now)
            .setMaxResults(1)
            .getResultStream()
            .map(r -> new RoomBoard.Outage((Instant) r[0], (String) r[1]))
            .findFirst()
            .orElse(null);
    return Optional.of(
        RoomBoard.at(
            roomId,
            room.name(),
            room.place(),
            now,
            meetings,
            outage,
            QrSvg.of(NoticeText.baseUrl() + "/conference/book.xhtml?room=" + roomId)));
  }

  /** Room {@code roomId}'s photo, if it has one. */
  public Optional<Photo> photo(long roomId) {
    Room room = em.find(Room.class, roomId);
    if (room == null || room.photo() == null) {
      return Optional.empty();
    }
    return Optional.of(new Photo(room.photo(), room.photoType()));
  }
}
