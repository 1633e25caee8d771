package th.go.sesaoret.servicedesk.conference.application;

import java.io.Serializable;
import java.time.Instant;
import java.util.List;

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
