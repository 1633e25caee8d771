package th.go.sesaoret.servicedesk.sla.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;
import th.go.sesaoret.servicedesk.sla.domain.SlaCheck.Outcome;

class SlaCheckTest {
  private static final ZoneId BANGKOK = ZoneId.of("Asia/Bangkok");
  private static final BusinessCalendar CALENDAR =
      BusinessCalendar.of(OfficeHours.government(), HolidayList.none());

  /** Tuesday 24 Nov 2026, one working day: due Wednesday 09:00, 420 working minutes. */
  private static final Instant STARTED = at(24, 9, 0);

  private static final Instant DUE = at(25, 9, 0);

  private static Instant at(int day, int hour, int minute) {
    return LocalDateTime.of(2026, 11, day, hour, minute).atZone(BANGKOK).toInstant();
  }

  private static Outcome check(Instant now, long paused, boolean warned, boolean escalated) {
    return SlaCheck.at(CALENDAR, now, STARTED, DUE, paused, warned, escalated);
  }

  @Test
  void beforeThreeQuartersNothingIsOwed() {
    // 09:00-15:00 less lunch: 300 of 420 minutes gone, 120 left (more than the 105 of 25%)
    assertEquals(Outcome.NOTHING, check(at(24, 15, 0), 0, false, false));
  }

  @Test
  void atThreeQuartersTheActorIsWarnedOnce() {
    // 16:00: 360 minutes gone, 60 left
    assertEquals(Outcome.WARN, check(at(24, 16, 0), 0, false, false));
    assertEquals(Outcome.NOTHING, check(at(24, 16, 0), 0, true, false));
  }

  @Test
  void thePauseForCorrectionIsNotTheStepsOwnTime() {
    // due already pushed by the pause: with 120 paused minutes the step's own time is 300,
    // so 25% is 75 minutes; at 16:00 there are 60 left -> warn; at 15:00, 120 left -> nothing
    assertEquals(Outcome.WARN, check(at(24, 16, 0), 120, false, false));
    assertEquals(Outcome.NOTHING, check(at(24, 15, 0), 120, false, false));
  }

  @Test
  void overdueStepsAreEscalatedOnceEvenIfNeverWarned() {
    assertEquals(Outcome.ESCALATE, check(at(25, 9, 1), 0, false, false));
    assertEquals(Outcome.ESCALATE, check(at(25, 10, 0), 0, true, false));
    assertEquals(Outcome.NOTHING, check(at(25, 10, 0), 0, true, true));
  }

  @Test
  void untimedStepsAreLeftAlone() {
    assertEquals(
        Outcome.NOTHING, SlaCheck.at(CALENDAR, at(25, 10, 0), STARTED, null, 0, false, false));
  }

  /**
   * Issue 8 finding 10: a step due at 12:00 is not overdue at 13:00 (0 office minutes past due), so
   * it is not escalated then; at 13:01 it is.
   */
  @Test
  void aStepDueAtNoonIsEscalatedOnlyOnceItIsAnOfficeMinuteLate() {
    Instant started = at(24, 11, 0);
    Instant noon = at(24, 12, 0);

    assertEquals(
        Outcome.NOTHING, SlaCheck.at(CALENDAR, at(24, 13, 0), started, noon, 0, true, false));
    assertEquals(
        Outcome.ESCALATE, SlaCheck.at(CALENDAR, at(24, 13, 1), started, noon, 0, true, false));
  }

  /** Not yet warned at 13:00 for a noon due time: it is warned (no time left), not escalated. */
  @Test
  void aStepDueAtNoonIsWarnedNotEscalatedRightAfterLunch() {
    assertEquals(
        Outcome.WARN,
        SlaCheck.at(CALENDAR, at(24, 13, 0), at(24, 11, 0), at(24, 12, 0), 0, false, false));
  }

  /** Tuesday 24 Nov 16:30 and Wednesday 25 Nov 08:30 are the same office moment. */
  @Test
  void aDueTimeAtClosingAndOneAtTheNextOpeningEscalateAtTheSameMoment() {
    Instant started = at(23, 16, 0);
    for (Instant due : new Instant[] {at(24, 16, 30), at(25, 8, 30)}) {
      assertEquals(
          Outcome.NOTHING,
          SlaCheck.at(CALENDAR, at(25, 8, 30), started, due, 0, true, false),
          "due " + due);
      assertEquals(
          Outcome.ESCALATE,
          SlaCheck.at(CALENDAR, at(25, 8, 31), started, due, 0, true, false),
          "due " + due);
    }
  }

  /**
   * A booked window (Saturday 28 Nov 2026 18:00-20:00, outside office hours) counts in clock time:
   * warned once 90 of its 120 minutes are gone, escalated a clock minute past due.
   */
  @Test
  void aBookedWindowIsMeasuredInClockTime() {
    Instant from = at(28, 18, 0);
    Instant due = at(28, 20, 0);

    assertEquals(Outcome.NOTHING, SlaCheck.onClock(at(28, 19, 29), from, due, false, false));
    assertEquals(Outcome.WARN, SlaCheck.onClock(at(28, 19, 30), from, due, false, false));
    assertEquals(Outcome.NOTHING, SlaCheck.onClock(at(28, 19, 45), from, due, true, false));
    assertEquals(Outcome.NOTHING, SlaCheck.onClock(at(28, 20, 0), from, due, true, false));
    assertEquals(Outcome.ESCALATE, SlaCheck.onClock(at(28, 20, 1), from, due, false, false));
    assertEquals(Outcome.NOTHING, SlaCheck.onClock(at(28, 20, 1), from, due, true, true));
    assertEquals(Outcome.NOTHING, SlaCheck.onClock(at(28, 20, 1), from, null, false, false));
    assertEquals(1, SlaCheck.clockMinutesLate(due, at(28, 20, 1)));
    assertEquals(0, SlaCheck.clockMinutesLate(due, at(28, 19, 0)));
  }
}
