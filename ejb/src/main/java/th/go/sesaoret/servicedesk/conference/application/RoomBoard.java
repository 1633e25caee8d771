package th.go.sesaoret.servicedesk.conference.application;

import java.io.Serializable;
import java.time.Instant;
import java.util.List;
import th.go.sesaoret.servicedesk.shared.OfficeTime;

/**
 * What the screen at a room's door shows: the room, the meeting in it now (or its set-up or
 * post-check), the next ones, until when it is free, and whether it is out of service. Titles and
 * times only: no people.
 */
public record RoomBoard(
    long roomId,
    String roomName,
    String place,
    Instant at,
    Meeting now,
    List<Meeting> next,
    Instant freeUntil,
    Outage outage,
    QrCode bookingQr)
    implements Serializable {
  /** How many meetings after the current one the board lists (today's and the next days'). */
  public static final int NEXT = 4;

  /**
   * The board at {@code now} from the room's meetings that have not ended their post-check, in
   * order of their set-up: the first is "now" if its set-up has begun; the room is free until the
   * next set-up today, or all day.
   */
  public static RoomBoard at(
      long roomId,
      String roomName,
      String place,
      Instant now,
      List<Meeting> meetings,
      Outage outage,
      QrCode bookingQr) {
    Meeting current =
        meetings.isEmpty() || meetings.get(0).occupiedFrom().isAfter(now) ? null : meetings.get(0);
    List<Meeting> next = current == null ? meetings : meetings.subList(1, meetings.size());
    next = List.copyOf(next.subList(0, Math.min(NEXT, next.size())));
    Instant freeUntil = null;
    if (current == null && !next.isEmpty()) {
      Instant from = next.get(0).occupiedFrom();
      boolean today =
          from.atZone(OfficeTime.ZONE)
              .toLocalDate()
              .equals(now.atZone(OfficeTime.ZONE).toLocalDate());
      freeUntil = today ? from : null;
    }
    return new RoomBoard(roomId, roomName, place, now, current, next, freeUntil, outage, bookingQr);
  }

  /** A meeting on the board: its title and time, and the window it holds the room. */
  public record Meeting(
      String title, Instant start, Instant end, Instant occupiedFrom, Instant occupiedUntil)
      implements Serializable {
    /** True while the meeting itself runs (not its set-up or post-check). */
    public boolean runningAt(Instant moment) {
      return !moment.isBefore(start) && moment.isBefore(end);
    }
  }

  /** The room out of service until {@code until}, for {@code reason}. */
  public record Outage(Instant until, String reason) implements Serializable {}

  /** The room is free now (no meeting, set-up, post-check or outage). */
  public boolean free() {
    return now == null && outage == null;
  }

  /** Free for the rest of the day: nothing later today holds it. */
  public boolean freeAllDay() {
    return free() && freeUntil == null;
  }
}
