package th.go.sesaoret.servicedesk.sla.domain;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import th.go.sesaoret.servicedesk.shared.BusinessException;
import th.go.sesaoret.servicedesk.shared.OfficeTime;

/**
 * When the office works: the same periods on every working weekday, in one zone. Immutable. The
 * government default is 08:30-12:00 and 13:00-16:30, Monday to Friday, Asia/Bangkok (no daylight
 * saving, so local times map one-to-one onto instants).
 */
public final class OfficeHours {
  private final List<OfficePeriod> periods;
  private final Set<DayOfWeek> workingWeekdays;
  private final ZoneId zone;

  private OfficeHours(List<OfficePeriod> periods, Set<DayOfWeek> workingWeekdays, ZoneId zone) {
    this.periods = periods;
    this.workingWeekdays = workingWeekdays;
    this.zone = zone;
  }

  /** Thai government office hours (thai-notes.md, "Office hours and holidays"). */
  public static OfficeHours government() {
    return of(
        List.of(OfficePeriod.of("08:30", "12:00"), OfficePeriod.of("13:00", "16:30")),
        EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY),
        OfficeTime.ZONE);
  }

  /**
   * Office hours as configured. Refuses no period, periods out of order or overlapping, and a week
   * without a working day (the calendar would search for an opening for ever).
   */
  public static OfficeHours of(
      List<OfficePeriod> periods, Set<DayOfWeek> workingWeekdays, ZoneId zone) {
    if (periods == null || periods.isEmpty()) {
      throw new BusinessException("sla.officeHours.noPeriod");
    }
    for (int i = 1; i < periods.size(); i++) {
      if (periods.get(i).start().isBefore(periods.get(i - 1).end())) {
        throw new BusinessException(
            "sla.officeHours.periodsOverlap", periods.get(i - 1), periods.get(i));
      }
    }
    if (workingWeekdays == null || workingWeekdays.isEmpty()) {
      throw new BusinessException("sla.officeHours.noWorkingWeekday");
    }
    if (zone == null) {
      throw new BusinessException("sla.officeHours.zoneRequired");
    }
    return new OfficeHours(
        List.copyOf(periods), Collections.unmodifiableSet(EnumSet.copyOf(workingWeekdays)), zone);
  }

  public List<OfficePeriod> periods() {
    return periods;
  }

  public Set<DayOfWeek> workingWeekdays() {
    return workingWeekdays;
  }

  public ZoneId zone() {
    return zone;
  }

  public boolean isWorkingWeekday(DayOfWeek day) {
    return workingWeekdays.contains(day);
  }

  /** The period that contains this time of day, if it is office time. */
  public Optional<OfficePeriod> periodAt(LocalTime time) {
    return periods.stream().filter(p -> p.contains(time)).findFirst();
  }

  /** This time if it is office time, else the next period's start the same day, if any. */
  public Optional<LocalTime> officeTimeFrom(LocalTime time) {
    if (periodAt(time).isPresent()) {
      return Optional.of(time);
    }
    return periods.stream().map(OfficePeriod::start).filter(s -> s.isAfter(time)).findFirst();
  }

  public LocalTime opening() {
    return periods.get(0).start();
  }

  /** Office time in one working day: 7 hours by default. */
  public Duration dailyOfficeTime() {
    return periods.stream().map(OfficePeriod::length).reduce(Duration.ZERO, Duration::plus);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof OfficeHours h
        && h.periods.equals(periods)
        && h.workingWeekdays.equals(workingWeekdays)
        && h.zone.equals(zone);
  }

  @Override
  public int hashCode() {
    return Objects.hash(periods, workingWeekdays, zone);
  }

  @Override
  public String toString() {
    return periods + " " + workingWeekdays + " " + zone;
  }
}
