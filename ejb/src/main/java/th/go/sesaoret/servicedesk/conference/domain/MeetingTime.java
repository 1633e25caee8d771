package th.go.sesaoret.servicedesk.conference.domain;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import th.go.sesaoret.servicedesk.shared.BusinessException;
import th.go.sesaoret.servicedesk.sla.domain.BusinessCalendar;

/**
 * When a meeting is held: a day and a start and end time on it, in 5-minute steps, in the office's
 * zone. It occupies its room, items and operator from {@link #occupiedFrom()} (set-up, 30 minutes
 * before) to {@link #occupiedUntil()} (post-check, 30 minutes after). A meeting ends on its own day
 * (at most at 23:30, so its post-check ends by midnight) and is at least 5 minutes long.
 */
public record MeetingTime(LocalDate day, LocalTime start, LocalTime end, ZoneId zone) {
  public static final int STEP_MINUTES = 5;
  public static final LocalTime LATEST_END = LocalTime.of(23, 30);
  public static final LocalTime EARLIEST_START = LocalTime.of(0, 30);

  public MeetingTime {
    if (day == null) {
      throw new BusinessException("conference.time.dayRequired");
    }
    if (start == null || end == null) {
      throw new BusinessException("conference.time.timesRequired");
    }
    if (zone == null) {
      throw new IllegalArgumentException("zone");
    }
    if (!onStep(start) || !onStep(end)) {
      throw new BusinessException("conference.time.fiveMinutes", STEP_MINUTES);
    }
    if (!end.isAfter(start)) {
      throw new BusinessException(
          end.equals(start) ? "conference.time.zeroLength" : "conference.time.endBeforeStart");
    }
    if (start.isBefore(EARLIEST_START) || end.isAfter(LATEST_END)) {
      throw new BusinessException("conference.time.withinDay", EARLIEST_START, LATEST_END);
    }
  }

  private static boolean onStep(LocalTime t) {
    return t.getSecond() == 0 && t.getNano() == 0 && t.getMinute() % STEP_MINUTES == 0;
  }

  public Instant meetingStart() {
    return day.atTime(start).atZone(zone).toInstant();
  }

  public Instant meetingEnd() {
    return day.atTime(end).atZone(zone).toInstant();
  }

  /** Set-up and test start: 30 minutes before the meeting. */
  public Instant occupiedFrom() {
    return meetingStart().minus(ConferenceSteps.BUFFER);
  }

  /** The post-check ends: 30 minutes after the meeting. */
  public Instant occupiedUntil() {
    return meetingEnd().plus(ConferenceSteps.BUFFER);
  }

  public Duration length() {
    return Duration.between(start, end);
  }

  public LengthFlag lengthFlag() {
    return LengthFlag.of(length());
  }

  /** The same times on another day (a repeat). */
  public MeetingTime on(LocalDate other) {
    return new MeetingTime(other, start, end, zone);
  }

  /** True when the meeting starts at or before {@code now}: it can no longer be booked. */
  public boolean isPast(Instant now) {
    return !meetingStart().isAfter(now);
  }

  /**
   * True when the meeting is held outside office hours: on a weekend or holiday, before the office
   * opens or after it closes (lunch inside the office day is a normal meeting time).
   */
  public boolean outsideOfficeHours(BusinessCalendar calendar) {
    if (!calendar.isWorkingDay(day)) {
      return true;
    }
    var periods = calendar.officeHours().periods();
    LocalTime opening = periods.get(0).start();
    LocalTime closing = periods.get(periods.size() - 1).end();
    return start.isBefore(opening) || end.isAfter(closing);
  }
}
