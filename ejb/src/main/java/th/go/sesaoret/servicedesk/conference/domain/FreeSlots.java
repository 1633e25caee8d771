package th.go.sesaoret.servicedesk.conference.domain;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * A room's day as the booking form shows it: the windows it is taken (occupations and outages,
 * set-up and post-check included) and the nearest times a meeting of the wished length fits.
 */
public final class FreeSlots {
  /** A taken or free window, [from, until). */
  public record Window(Instant from, Instant until) implements java.io.Serializable {
    public boolean overlaps(Instant a, Instant b) {
      return from.isBefore(b) && until.isAfter(a);
    }
  }

  private FreeSlots() {}

  /**
   * Up to {@code count} meetings as long as {@code wished}, on its day, whose whole occupied window
   * is free of {@code taken}, nearest to the wished start first; inside {@code opening}-{@code
   * closing} when any fits there, else anywhere the day allows. None in the past of {@code now}.
   */
  public static List<MeetingTime> nearest(
      MeetingTime wished,
      List<Window> taken,
      LocalTime opening,
      LocalTime closing,
      Instant now,
      int count) {
    Duration length = wished.length();
    List<MeetingTime> inside = new ArrayList<>();
    List<MeetingTime> outside = new ArrayList<>();
    int step = MeetingTime.STEP_MINUTES;
    for (LocalTime s = MeetingTime.EARLIEST_START;
        !s.plus(length).isAfter(MeetingTime.LATEST_END) && !s.plus(length).isBefore(s);
        s = s.plusMinutes(step)) {
      MeetingTime candidate = new MeetingTime(wished.day(), s, s.plus(length), wished.zone());
      if (candidate.isPast(now)) {
        continue;
      }
      Instant a = candidate.occupiedFrom();
      Instant b = candidate.occupiedUntil();
      if (taken.stream().anyMatch(w -> w.overlaps(a, b))) {
        continue;
      }
      boolean office = !s.isBefore(opening) && !candidate.end().isAfter(closing);
      (office ? inside : outside).add(candidate);
      if (s.plusMinutes(step).isBefore(s)) {
        break;
      }
    }
    Comparator<MeetingTime> nearestFirst =
        Comparator.comparingLong(
            (MeetingTime m) -> Math.abs(Duration.between(wished.start(), m.start()).toMinutes()));
    List<MeetingTime> pick = inside.isEmpty() ? outside : inside;
    return pick.stream()
        .filter(m -> !m.start().equals(wished.start()))
        .sorted(nearestFirst)
        .limit(count)
        .toList();
  }

  /** The free windows between {@code from} and {@code until} around the taken ones. */
  public static List<Window> free(List<Window> taken, Instant from, Instant until) {
    List<Window> sorted = taken.stream().sorted(Comparator.comparing(Window::from)).toList();
    List<Window> free = new ArrayList<>();
    Instant cursor = from;
    for (Window w : sorted) {
      if (w.from().isAfter(cursor)) {
        free.add(new Window(cursor, w.from().isBefore(until) ? w.from() : until));
      }
      if (w.until().isAfter(cursor)) {
        cursor = w.until();
      }
      if (!cursor.isBefore(until)) {
        break;
      }
    }
    if (cursor.isBefore(until)) {
      free.add(new Window(cursor, until));
    }
    return free.stream().filter(w -> w.until().isAfter(w.from())).toList();
  }
}
