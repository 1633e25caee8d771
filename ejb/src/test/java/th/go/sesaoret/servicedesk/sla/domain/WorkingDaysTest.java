package th.go.sesaoret.servicedesk.sla.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static th.go.sesaoret.servicedesk.sla.domain.Calendars.bangkok;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import th.go.sesaoret.servicedesk.catalog.domain.StandardUnit;
import th.go.sesaoret.servicedesk.catalog.domain.TimeStandard;
import th.go.sesaoret.servicedesk.shared.OfficeTime;

/** Working-day standards: the same office-time position N working days later. */
class WorkingDaysTest {
  /** The catalog's largest standard (TimeStandard.MAX_AMOUNT, package-private there). */
  private static final int LARGEST = 10_000;

  /** Generous for a busy build machine: either computation takes tens of milliseconds. */
  private static final Duration FAST = Duration.ofSeconds(1);

  private final BusinessCalendar calendar = Calendars.government();

  private static TimeStandard days(int n) {
    return TimeStandard.of(n, StandardUnit.WORKING_DAYS);
  }

  @ParameterizedTest(name = "filed {0} + {1} working day(s) due {2}")
  @CsvSource({
    "2026-11-24T10:00, 1, 2026-11-25T10:00", // Tuesday to Wednesday
    "2026-11-27T10:00, 1, 2026-11-30T10:00", // Friday across the weekend
    "2026-11-27T10:00, 3, 2026-12-02T10:00",
    "2026-04-10T10:00, 1, 2026-04-16T10:00", // Friday across Songkran 13-15 Apr
    "2026-04-09T14:00, 3, 2026-04-17T14:00",
    "2026-12-04T16:20, 1, 2026-12-08T16:20", // Friday before the holiday Monday
    "2026-11-27T17:00, 1, 2026-12-01T08:30", // after closing: Monday 08:30 first
    "2026-11-28T11:00, 1, 2026-12-01T08:30", // Saturday: Monday 08:30 first
    "2026-11-24T12:30, 1, 2026-11-25T13:00", // at lunch: 13:00 first
    "2026-11-24T07:00, 1, 2026-11-25T08:30", // before opening
  })
  void countsWholeOfficeDays(String filed, int n, String due) {
    assertEquals(bangkok(due), calendar.due(bangkok(filed), days(n)));
  }

  @Test
  void aRangeOfDaysIsDueAtItsMaximum() {
    TimeStandard oneToThreeDays = TimeStandard.range(1, 3, StandardUnit.WORKING_DAYS);

    assertEquals(
        bangkok("2026-11-27T10:00"), calendar.due(bangkok("2026-11-24T10:00"), oneToThreeDays));
  }

  @Test
  void tenThousandWorkingDaysFinishQuickly() {
    Instant start = bangkok("2026-11-24T10:00");

    Instant due = assertTimeoutPreemptively(FAST, () -> calendar.due(start, days(LARGEST)));

    assertTrue(calendar.isOfficeTime(due));
    assertEquals(10, due.atZone(OfficeTime.ZONE).getHour());
  }

  @Test
  void tenThousandHoursFinishQuickly() {
    Instant start = bangkok("2026-11-24T10:00");
    TimeStandard hours = TimeStandard.of(LARGEST, StandardUnit.HOURS);

    Instant due = assertTimeoutPreemptively(FAST, () -> calendar.due(start, hours));

    assertEquals(Duration.ofHours(LARGEST), calendar.workingTimeBetween(start, due));
  }
}
