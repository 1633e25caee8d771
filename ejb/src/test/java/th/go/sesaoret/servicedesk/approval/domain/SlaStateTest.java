package th.go.sesaoret.servicedesk.approval.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;
import th.go.sesaoret.servicedesk.sla.domain.BusinessCalendar;
import th.go.sesaoret.servicedesk.sla.domain.HolidayList;
import th.go.sesaoret.servicedesk.sla.domain.OfficeHours;

class SlaStateTest {
  private static final ZoneId BANGKOK = ZoneId.of("Asia/Bangkok");
  private static final BusinessCalendar CALENDAR =
      BusinessCalendar.of(OfficeHours.government(), HolidayList.none());

  /** Tuesday 24 Nov 2026 09:00, due Wednesday 09:00: 420 working minutes. */
  private static final Instant STARTED = at(24, 9, 0);

  private static final Instant DUE = at(25, 9, 0);

  private static Instant at(int day, int hour, int minute) {
    return LocalDateTime.of(2026, 11, day, hour, minute).atZone(BANGKOK).toInstant();
  }

  @Test
  void onTimeUntilThreeQuartersOfTheOfficeTimeHavePassed() {
    assertEquals(SlaState.ON_TIME, SlaState.of(CALENDAR, at(24, 15, 0), STARTED, DUE, false));
  }

  @Test
  void warnedFromThreeQuarters() {
    assertEquals(SlaState.WARNED, SlaState.of(CALENDAR, at(24, 16, 0), STARTED, DUE, false));
    // the evening is not office time: still warned, not overdue, at 20:00
    assertEquals(SlaState.WARNED, SlaState.of(CALENDAR, at(24, 20, 0), STARTED, DUE, false));
  }

  @Test
  void overdueOneOfficeMinutePastDue() {
    assertEquals(SlaState.WARNED, SlaState.of(CALENDAR, at(25, 9, 0), STARTED, DUE, false));
    assertEquals(SlaState.OVERDUE, SlaState.of(CALENDAR, at(25, 9, 1), STARTED, DUE, false));
  }

  @Test
  void aStepWithoutDueTimeIsOnTime() {
    assertEquals(SlaState.ON_TIME, SlaState.of(CALENDAR, at(30, 9, 0), STARTED, null, false));
  }

  @Test
  void aBookedStepCountsClockTime() {
    // 20:00 is past a booked due of 19:00 in clock time
    assertEquals(
        SlaState.OVERDUE, SlaState.of(CALENDAR, at(24, 20, 0), STARTED, at(24, 19, 0), true));
  }

  @Test
  void eachStateHasItsWords() {
    assertEquals("approval.sla.WARNED", SlaState.WARNED.labelKey());
  }
}
