package th.go.sesaoret.servicedesk.conference.application;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import th.go.sesaoret.servicedesk.conference.domain.Room;
import th.go.sesaoret.servicedesk.conference.infrastructure.QrSvg;
import th.go.sesaoret.servicedesk.notification.domain.NoticeText;
import th.go.sesaoret.servicedesk.shared.OfficeTime;

/**
 * The public reads of the rooms, for anyone: the board at a room's door (now, next, free until) and
 * a room's photo. An unknown room and a room out of use read the same: empty.
 */
@Stateless
@PermitAll
public class RoomDisplays {
  /** How many meetings after the current one the board lists (today's and the next days'). */
  static final int NEXT = 4;

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
            .setMaxResults(NEXT + 1)
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
    RoomBoard.Meeting current =
        meetings.isEmpty() || meetings.get(0).occupiedFrom().isAfter(now) ? null : meetings.get(0);
    List<RoomBoard.Meeting> next =
        new ArrayList<>(current == null ? meetings : meetings.subList(1, meetings.size()));
    if (next.size() > NEXT) {
      next = next.subList(0, NEXT);
    }
    return Optional.of(
        new RoomBoard(
            roomId,
            room.name(),
            room.place(),
            now,
            current,
            List.copyOf(next),
            freeUntil(current, next, now),
            outage,
            QrSvg.of(NoticeText.baseUrl() + "/conference/book.xhtml?room=" + roomId)));
  }

  /** Until when the room is free today: the next set-up today, or null (free all day). */
  private static Instant freeUntil(
      RoomBoard.Meeting current, List<RoomBoard.Meeting> next, Instant now) {
    if (current != null || next.isEmpty()) {
      return null;
    }
    Instant from = next.get(0).occupiedFrom();
    var today = now.atZone(OfficeTime.ZONE).toLocalDate();
    return from.atZone(OfficeTime.ZONE).toLocalDate().equals(today) ? from : null;
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
