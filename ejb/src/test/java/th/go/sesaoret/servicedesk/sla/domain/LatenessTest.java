package th.go.sesaoret.servicedesk.sla.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static th.go.sesaoret.servicedesk.sla.domain.Calendars.bangkok;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import th.go.sesaoret.servicedesk.catalog.domain.StandardUnit;
import th.go.sesaoret.servicedesk.catalog.domain.TimeStandard;

/**
 * Issue 8 finding 10, the one lateness rule: late means at least one office minute past the due
 * time. A due time at the end of an office period (12:00, 16:30) therefore compares like the start
 * of the next period.
 */
class LatenessTest {
  private final BusinessCalendar calendar = Calendars.government();

  @Test
  void dueAtNoonAndDoneAtHalfPastTwelveIsNotLate() {
    Instant noon = bangkok("2026-11-24T12:00");

    assertEquals(0, calendar.minutesLate(noon, bangkok("2026-11-24T12:30")));
    assertFalse(calendar.isLate(noon, bangkok("2026-11-24T12:30")));
    assertFalse(calendar.isLate(noon, bangkok("2026-11-24T13:00")));
    assertTrue(calendar.isLate(noon, bangkok("2026-11-24T13:01")));
    assertEquals(1, calendar.minutesLate(noon, bangkok("2026-11-24T13:01")));
  }

  @Test
  void lessThanAWholeOfficeMinuteIsNotLate() {
    Instant due = bangkok("2026-11-24T10:00");

    assertFalse(calendar.isLate(due, bangkok("2026-11-24T10:00:59")));
    assertTrue(calendar.isLate(due, bangkok("2026-11-24T10:01")));
    assertFalse(calendar.isLate(due, bangkok("2026-11-24T09:00")), "before due");
  }

  /**
   * Friday 4 Dec 2026 16:30, Monday 7 Dec a holiday: 7 hours fall due Tuesday 16:30, one working
   * day Wednesday 08:30. They are 0 office minutes apart, so they agree about every finish.
   */
  @Test
  void sevenHoursAndOneWorkingDayFromFridayClosingAgreeAboutEveryFinish() {
    Instant friday = bangkok("2026-12-04T16:30");
    Instant sevenHours = calendar.due(friday, TimeStandard.of(7, StandardUnit.HOURS));
    Instant oneDay = calendar.due(friday, TimeStandard.of(1, StandardUnit.WORKING_DAYS));
    assertEquals(bangkok("2026-12-08T16:30"), sevenHours);
    assertEquals(bangkok("2026-12-09T08:30"), oneDay);

    Instant tuesdayQuarterToFive = bangkok("2026-12-08T16:45");
    assertFalse(calendar.isLate(sevenHours, tuesdayQuarterToFive));
    assertFalse(calendar.isLate(oneDay, tuesdayQuarterToFive));

    for (Instant t = bangkok("2026-12-08T15:00");
        t.isBefore(bangkok("2026-12-09T10:00"));
        t = t.plus(Duration.ofMinutes(1))) {
      assertEquals(calendar.isLate(oneDay, t), calendar.isLate(sevenHours, t), "finished " + t);
      assertEquals(calendar.minutesLate(oneDay, t), calendar.minutesLate(sevenHours, t));
    }
    assertEquals(1, calendar.minutesLate(sevenHours, bangkok("2026-12-09T08:31")));
  }

  @Test
  void dueAtClosingIsNotLateOvernightButIsAfterTheNextOpening() {
    Instant closing = bangkok("2026-11-24T16:30");

    assertFalse(calendar.isLate(closing, bangkok("2026-11-24T23:00")));
    assertFalse(calendar.isLate(closing, bangkok("2026-11-25T08:30")));
    assertEquals(30, calendar.minutesLate(closing, bangkok("2026-11-25T09:00")));
  }
}
