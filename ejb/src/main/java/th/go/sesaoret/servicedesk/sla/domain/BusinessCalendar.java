package th.go.sesaoret.servicedesk.sla.domain;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.Collection;
import java.util.Objects;
import java.util.SortedSet;
import th.go.sesaoret.servicedesk.catalog.domain.TimeStandard;

/**
 * Office time for the SLA clock: which days are working days, and when a step with a given time
 * standard is due. Immutable and pure Java; built from {@link OfficeHours} and a {@link
 * HolidayList}.
 *
 * <p>How standards are counted (service-manual.md, "How the software reads the time standards"):
 *
 * <ul>
 *   <li>Minutes and hours count inside office time only: lunch, nights, weekends and holidays do
 *       not count. A start outside office time counts from the next office opening.
 *   <li>Working days count as whole office days: the due time is the same office-time position N
 *       working days later (Tue 10:00 + 1 day = Wed 10:00). A start outside office time first moves
 *       to the next opening (Fri 17:00 + 1 day = Tue 08:30 when Monday is a working day).
 *   <li>A range ("3 - 6 ชั่วโมง") is due at its maximum: the manual allows up to the upper bound.
 *   <li>Late means at least one office minute past the due time ({@link #minutesLate}); a due time
 *       at the end of a period (12:00, 16:30) therefore compares like the next opening.
 *   <li>Steps on {@code TimeBasis.BOOKING_CLOCK} (bound to a booked meeting) are not counted here:
 *       their due time is the booked one, and they are late by clock time.
 * </ul>
 *
 * <p>{@link #plus} adds a duration of office time; {@link #officeTime} is the one conversion of a
 * standard into office time, and {@link #due} the due time it gives.
 *
 * <p>A year without holiday data is computed with weekends only; callers check {@link
 * #yearsWithoutHolidayData} and warn the administrator. Every loop is bounded: a search for the
 * next working day can skip at most {@code 7 * (closed days + 1)} days, because every week has a
 * working weekday ({@link OfficeHours} refuses a week without one).
 */
public final class BusinessCalendar {
  private final OfficeHours hours;
  private final HolidayList holidays;

  private BusinessCalendar(OfficeHours hours, HolidayList holidays) {
    this.hours = Objects.requireNonNull(hours, "hours");
    this.holidays = Objects.requireNonNull(holidays, "holidays");
  }

  public static BusinessCalendar of(OfficeHours hours, HolidayList holidays) {
    return new BusinessCalendar(hours, holidays);
  }

  /** From closed dates and the years for which holiday data exists. */
  public static BusinessCalendar of(
      OfficeHours hours, Collection<LocalDate> closedDays, Collection<Integer> yearsWithData) {
    return new BusinessCalendar(hours, HolidayList.of(closedDays, yearsWithData));
  }

  public OfficeHours officeHours() {
    return hours;
  }

  public boolean isWorkingDay(LocalDate day) {
    return hours.isWorkingWeekday(day.getDayOfWeek()) && !holidays.isClosed(day);
  }

  public boolean isOfficeTime(Instant instant) {
    LocalDateTime local = local(instant);
    return isWorkingDay(local.toLocalDate()) && hours.periodAt(local.toLocalTime()).isPresent();
  }

  /** When counting starts: the instant itself in office time, else the next office opening. */
  public Instant nextOfficeOpening(Instant instant) {
    return instant(officeTimeFrom(local(instant)));
  }

  /**
   * When a step that starts at {@code start} is due: {@link #officeTime} of its standard later. A
   * standard in working days is due at the same office-time position that many working days later
   * (12:30 + 1 day is 13:00 the next day, not the equal 12:00 that {@link #plus} would give).
   */
  public Instant due(Instant start, TimeStandard standard) {
    if (standard.unit().isWorkingDays()) {
      return plusWorkingDays(start, standard.max());
    }
    return plus(start, officeTime(standard));
  }

  /**
   * The office time a standard allows: its maximum (a range is due at its upper bound), a working
   * day being one day of {@link OfficeHours#dailyOfficeTime()}.
   */
  public Duration officeTime(TimeStandard standard) {
    return standard.unit().isWorkingDays()
        ? hours.dailyOfficeTime().multipliedBy(standard.max())
        : Duration.ofMinutes((long) standard.max() * standard.unit().minutesPerUnit());
  }

  /**
   * The instant {@code amount} of office time after {@code start}: counting starts at {@code start}
   * in office time, else at the next opening; lunch, nights, weekends and holidays do not count.
   * Ending exactly at a period's end is then (11:30 + 30 min = 12:00). Zero is {@code start}
   * itself.
   */
  public Instant plus(Instant start, Duration amount) {
    if (amount.isNegative()) {
      throw new IllegalArgumentException("negative office time: " + amount);
    }
    if (amount.isZero()) {
      return start;
    }
    return instant(plusOfficeTime(officeTimeFrom(local(start)), amount));
  }

  /**
   * The same office-time position {@code days} working days after {@code start} (a start outside
   * office time first moves to the next opening): Tue 10:00 + 1 = Wed 10:00.
   */
  public Instant plusWorkingDays(Instant start, int days) {
    return instant(plusWorkingDays(officeTimeFrom(local(start)), days));
  }

  /**
   * Office time elapsed from {@code a} to {@code b}; zero when {@code b} is not after {@code a}.
   */
  public Duration workingTimeBetween(Instant a, Instant b) {
    Duration total = Duration.ZERO;
    if (!b.isAfter(a)) {
      return total;
    }
    LocalDate last = local(b).toLocalDate();
    for (LocalDate day = local(a).toLocalDate(); !day.isAfter(last); day = day.plusDays(1)) {
      if (isWorkingDay(day)) {
        for (OfficePeriod period : hours.periods()) {
          total = total.plus(overlap(day, period, a, b));
        }
      }
    }
    return total;
  }

  /**
   * Whole office minutes by which {@code at} is past {@code due}; 0 when it is not. This is the one
   * lateness rule (on time, the SLA escalation): late means at least one office minute past due. So
   * a due time at a period's end is the same as the next period's start (due 12:00, done 12:30 at
   * lunch: on time; due Tue 16:30 and due Wed 08:30 agree about a Tue 16:45 finish).
   */
  public long minutesLate(Instant due, Instant at) {
    return workingTimeBetween(due, at).toMinutes();
  }

  /** Late by the rule of {@link #minutesLate}: at least one office minute past due. */
  public boolean isLate(Instant due, Instant at) {
    return minutesLate(due, at) >= 1;
  }

  public boolean hasHolidayDataFor(int year) {
    return holidays.covers(year);
  }

  /** Years touched by {@code from}..{@code to} with no holiday data, for a warning. */
  public SortedSet<Integer> yearsWithoutHolidayData(Instant from, Instant to) {
    return holidays.yearsNotCovered(local(from).toLocalDate(), local(to).toLocalDate());
  }

  private LocalDateTime plusOfficeTime(LocalDateTime from, Duration amount) {
    LocalDateTime cursor = from;
    Duration remaining = amount;
    while (true) {
      LocalTime periodEnd = hours.periodAt(cursor.toLocalTime()).orElseThrow().end();
      Duration left = Duration.between(cursor.toLocalTime(), periodEnd);
      // Ending exactly at a period's end is due then (11:30 + 30 min = 12:00), not after lunch.
      if (remaining.compareTo(left) <= 0) {
        return cursor.plus(remaining);
      }
      remaining = remaining.minus(left);
      cursor = officeTimeFrom(cursor.toLocalDate().atTime(periodEnd));
    }
  }

  private LocalDateTime plusWorkingDays(LocalDateTime from, int days) {
    LocalDate day = from.toLocalDate();
    for (int i = 0; i < days; i++) {
      day = nextWorkingDayAfter(day);
    }
    return day.atTime(from.toLocalTime());
  }

  /** {@code time} itself when it is office time, else the next office opening. */
  private LocalDateTime officeTimeFrom(LocalDateTime time) {
    LocalDate day = time.toLocalDate();
    if (isWorkingDay(day)) {
      var sameDay = hours.officeTimeFrom(time.toLocalTime());
      if (sameDay.isPresent()) {
        return day.atTime(sameDay.get());
      }
    }
    return nextWorkingDayAfter(day).atTime(hours.opening());
  }

  private LocalDate nextWorkingDayAfter(LocalDate day) {
    long limit = 7L * (holidays.closedDayCount() + 1);
    LocalDate next = day.plusDays(1);
    for (long skipped = 0; !isWorkingDay(next); skipped++) {
      if (skipped > limit) {
        throw new IllegalStateException("No working day within " + limit + " days of " + day);
      }
      next = next.plusDays(1);
    }
    return next;
  }

  private Duration overlap(LocalDate day, OfficePeriod period, Instant a, Instant b) {
    Instant start = max(instant(day.atTime(period.start())), a);
    Instant end = min(instant(day.atTime(period.end())), b);
    return end.isAfter(start) ? Duration.between(start, end) : Duration.ZERO;
  }

  private static Instant max(Instant x, Instant y) {
    return x.isAfter(y) ? x : y;
  }

  private static Instant min(Instant x, Instant y) {
    return x.isBefore(y) ? x : y;
  }

  private LocalDateTime local(Instant instant) {
    return LocalDateTime.ofInstant(instant, hours.zone());
  }

  private Instant instant(LocalDateTime local) {
    return local.atZone(hours.zone()).toInstant();
  }
}
