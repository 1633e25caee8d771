package th.go.sesaoret.servicedesk.sla.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import th.go.sesaoret.servicedesk.catalog.domain.StandardUnit;
import th.go.sesaoret.servicedesk.catalog.domain.TimeStandard;

/** The calendar follows configured office hours: one period, a six-day week, another zone. */
class CustomOfficeHoursTest {
  private final OfficeHours sixDays =
      OfficeHours.of(
          List.of(OfficePeriod.of("09:00", "17:00")),
          EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.SATURDAY),
          ZoneOffset.UTC);
  private final BusinessCalendar calendar =
      BusinessCalendar.of(sixDays, Set.of(LocalDate.of(2026, 11, 30)), Set.of(2026));

  @Test
  void saturdayIsAWorkingDayAndNoonIsOfficeTime() {
    assertTrue(calendar.isWorkingDay(LocalDate.of(2026, 11, 28)));
    assertFalse(calendar.isWorkingDay(LocalDate.of(2026, 11, 29)));
    assertTrue(calendar.isOfficeTime(Instant.parse("2026-11-28T12:30:00Z")));
  }

  @Test
  void hoursRunOverSaturdayAndSkipSundayAndTheHoliday() {
    TimeStandard oneHour = TimeStandard.of(1, StandardUnit.HOURS);

    assertEquals(
        Instant.parse("2026-11-28T09:30:00Z"),
        calendar.due(Instant.parse("2026-11-27T16:30:00Z"), oneHour));
    assertEquals(
        Instant.parse("2026-12-01T09:30:00Z"),
        calendar.due(Instant.parse("2026-11-28T16:30:00Z"), oneHour));
  }

  @Test
  void aWorkingDayIsEightHoursHere() {
    Instant start = Instant.parse("2026-11-27T10:00:00Z");
    Instant due = calendar.due(start, TimeStandard.of(1, StandardUnit.WORKING_DAYS));

    assertEquals(Instant.parse("2026-11-28T10:00:00Z"), due);
    assertEquals(Duration.ofHours(8), calendar.workingTimeBetween(start, due));
  }
}
