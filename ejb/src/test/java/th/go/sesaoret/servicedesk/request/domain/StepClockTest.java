package th.go.sesaoret.servicedesk.request.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static th.go.sesaoret.servicedesk.request.domain.Requests.CALENDAR;
import static th.go.sesaoret.servicedesk.request.domain.Requests.bangkok;

import java.time.Instant;
import org.junit.jupiter.api.Test;
import th.go.sesaoret.servicedesk.shared.BusinessException;
import th.go.sesaoret.servicedesk.sla.domain.SlaCheck.Outcome;

/** A step's clock on its own: office time, pauses, SLA marks, a booked window. */
class StepClockTest {
  /** Wednesday 25 Nov 2026. */
  private static Instant at(int hour, int minute) {
    return bangkok(2026, 11, 25, hour, minute);
  }

  private final StepClock clock = new StepClock();

  @Test
  void anOfficeStepIsDueAsGivenAndOnTimeByOfficeMinutes() {
    clock.start(at(11, 0), at(12, 0), CALENDAR);
    assertTrue(clock.isOpen());
    assertEquals(at(12, 0), clock.dueAt());

    clock.finish(at(13, 0), CALENDAR);
    assertFalse(clock.isOpen());
    assertTrue(clock.onTime(), "13:00 is the same office moment as 12:00");
    assertEquals(0L, clock.lateByMinutes());
  }

  @Test
  void anUntimedStepHasNoResult() {
    clock.start(at(9, 0), null, CALENDAR);
    clock.finish(at(16, 0), CALENDAR);
    assertNull(clock.onTime());
    assertNull(clock.lateByMinutes());
  }

  @Test
  void officeTimePausedPushesTheDueTime() {
    clock.start(at(9, 0), at(10, 0), CALENDAR);
    clock.pause(at(9, 30));
    assertTrue(clock.isPaused());
    clock.release(at(14, 0), CALENDAR);
    assertFalse(clock.isPaused());
    // 09:30-14:00 less lunch: 210 office minutes
    assertEquals(210, clock.pausedWorkingMinutes());
    assertEquals(at(14, 30), clock.dueAt());
  }

  @Test
  void aFinishedStepKeepsItsOwnWorkingTimeWithoutItsPauses() {
    clock.start(at(9, 0), at(10, 0), CALENDAR);
    assertNull(clock.workingMinutes(), "running");
    clock.pause(at(9, 30));
    clock.release(at(14, 0), CALENDAR);
    clock.finish(at(15, 0), CALENDAR);
    // 09:00-15:00 less lunch is 300 office minutes, 210 of them paused
    assertEquals(90L, clock.workingMinutes());
    clock.clearFinish();
    assertNull(clock.workingMinutes(), "runs again");
  }

  @Test
  void aStepFinishedWhilePausedDoesNotCountThePause() {
    clock.start(at(9, 0), at(10, 0), CALENDAR);
    clock.pause(at(9, 20));
    clock.finish(at(11, 0), CALENDAR);
    assertEquals(20L, clock.workingMinutes());
  }

  @Test
  void aBookedStepWorksInClockMinutes() {
    clock.book(at(11, 30), at(13, 0));
    clock.start(at(11, 30), null, CALENDAR);
    clock.finish(at(12, 45), CALENDAR);
    assertEquals(75L, clock.workingMinutes(), "lunch counts on a booking");
  }

  @Test
  void aRunningStepIsRetimedByABookingAndLateByClockMinutes() {
    clock.start(at(9, 0), null, CALENDAR);
    assertNull(clock.dueAt());

    clock.book(at(17, 30), at(18, 0));
    assertTrue(clock.isBooked());
    assertEquals(at(18, 0), clock.dueAt());
    clock.book(at(18, 30), at(19, 0));
    assertEquals(at(18, 30), clock.bookedStart());
    assertEquals(at(19, 0), clock.dueAt(), "the booking moved");

    clock.finish(at(19, 20), CALENDAR);
    assertFalse(clock.onTime());
    assertEquals(20L, clock.lateByMinutes(), "clock minutes, after office hours");
  }

  @Test
  void aWaitingStepTakesItsBookingWhenItStarts() {
    clock.book(at(10, 0), at(12, 0));
    assertNull(clock.dueAt(), "not started yet");
    clock.start(at(9, 40), null, CALENDAR);
    assertEquals(at(12, 0), clock.dueAt());
    clock.reset();
    assertNull(clock.dueAt());
    clock.start(at(9, 50), null, CALENDAR);
    assertEquals(at(12, 0), clock.dueAt(), "the booking is kept for the next round");
  }

  @Test
  void aFinishedStepKeepsItsRecord() {
    clock.book(at(9, 0), at(10, 0));
    clock.start(at(9, 0), null, CALENDAR);
    clock.finish(at(9, 55), CALENDAR);
    clock.book(at(8, 0), at(8, 30));
    assertEquals(at(10, 0), clock.dueAt());
    assertTrue(clock.onTime());
    assertEquals(at(9, 55), clock.finishedAt());
  }

  @Test
  void aBookingDoesNotMoveWithAPause() {
    clock.book(at(10, 0), at(12, 0));
    clock.start(at(10, 0), null, CALENDAR);
    clock.pause(at(10, 30));
    clock.release(at(11, 0), CALENDAR);
    assertEquals(at(12, 0), clock.dueAt());
  }

  @Test
  void aWindowMustEndAfterItStarts() {
    for (Instant[] window :
        new Instant[][] {{at(10, 0), at(10, 0)}, {at(10, 0), at(9, 0)}, {null, at(9, 0)}}) {
      var e = assertThrows(BusinessException.class, () -> clock.book(window[0], window[1]));
      assertEquals("request.schedule.window", e.key());
    }
    assertFalse(clock.isBooked());
  }

  @Test
  void theSlaIsOwedOnceOnOfficeTime() {
    // 30 office minutes 09:00-09:30: warned from 09:23 (7 left), escalated from 09:31
    clock.start(at(9, 0), at(9, 30), CALENDAR);
    assertEquals(Outcome.NOTHING, clock.owed(at(9, 15), CALENDAR));
    assertEquals(Outcome.WARN, clock.owed(at(9, 23), CALENDAR));
    assertEquals(at(9, 23), clock.warnedAt());
    assertEquals(Outcome.NOTHING, clock.owed(at(9, 24), CALENDAR));
    assertEquals(Outcome.ESCALATE, clock.owed(at(9, 31), CALENDAR));
    assertEquals(at(9, 31), clock.escalatedAt());
    assertEquals(Outcome.NOTHING, clock.owed(at(9, 40), CALENDAR));
  }

  @Test
  void theSlaOfABookingIsMeasuredOverItsWindowInClockTime() {
    // started early (09:00) for a window 10:00-12:00: warned at 11:30, not at 75% of 09:00-12:00
    clock.book(at(10, 0), at(12, 0));
    clock.start(at(9, 0), null, CALENDAR);
    assertEquals(Outcome.NOTHING, clock.owed(at(11, 20), CALENDAR));
    assertEquals(Outcome.WARN, clock.owed(at(11, 30), CALENDAR));
    assertEquals(Outcome.NOTHING, clock.owed(at(12, 0), CALENDAR));
    assertEquals(Outcome.ESCALATE, clock.owed(at(12, 1), CALENDAR), "a clock minute late");
  }

  @Test
  void runningAgainClearsTheFinishAndTheSlaMarks() {
    clock.start(at(9, 0), at(9, 30), CALENDAR);
    clock.owed(at(9, 40), CALENDAR);
    clock.finish(at(9, 45), CALENDAR);
    clock.clearFinish();
    assertNull(clock.finishedAt());
    assertNull(clock.onTime());
    assertNull(clock.lateByMinutes());
    assertNull(clock.escalatedAt());
    assertNull(clock.warnedAt());
  }

  @Test
  void theScanLooksAtAnOfficeStepFirstAtItsWarningMomentThenAtItsDueTime() {
    // 08:30-16:30 with lunch 12:00-13:00: 10:00 + 4 office hours is due 15:00
    clock.start(at(10, 0), at(15, 0), CALENDAR);
    Instant next = clock.slaNextAt();
    // 75% of 240 office minutes is 180: 10:00 + 180 over lunch is 14:00, looked at a minute early
    assertEquals(at(13, 59), next);
    assertEquals(Outcome.NOTHING, clock.owed(next, CALENDAR), "a minute early: not yet");
    assertTrue(clock.slaNextAt().isAfter(next), "planned again, later");
    assertEquals(Outcome.WARN, clock.owed(at(14, 0), CALENDAR));
    assertEquals(at(15, 0), clock.slaNextAt(), "next: the due time");
    assertEquals(Outcome.ESCALATE, clock.owed(at(15, 1), CALENDAR));
    assertNull(clock.slaNextAt(), "escalated: owed nothing more");
  }

  @Test
  void aFinishedUntimedOrReleasedStepIsPlannedAgain() {
    clock.start(at(9, 0), null, CALENDAR);
    assertNull(clock.slaNextAt(), "untimed");

    StepClock timed = new StepClock();
    timed.start(at(9, 0), at(10, 0), CALENDAR);
    assertEquals(at(9, 44), timed.slaNextAt());
    timed.pause(at(9, 30));
    timed.release(at(14, 0), CALENDAR);
    // due 14:30 now; 60 own minutes over 09:00-14:30 (240 office minutes): warned 15 before due
    assertEquals(at(14, 14), timed.slaNextAt());
    assertEquals(Outcome.NOTHING, timed.owed(at(14, 10), CALENDAR));
    assertEquals(Outcome.WARN, timed.owed(at(14, 15), CALENDAR));
    timed.finish(at(14, 20), CALENDAR);
    assertNull(timed.slaNextAt(), "finished");
  }

  @Test
  void aBookedWindowIsPlannedInClockTimeAndMovesWithTheBooking() {
    clock.book(at(10, 0), at(12, 0));
    clock.start(at(9, 0), null, CALENDAR);
    assertEquals(at(11, 29), clock.slaNextAt());
    clock.book(at(18, 0), at(19, 0));
    assertEquals(at(18, 44), clock.slaNextAt(), "re-timed by the new booking, after office hours");
  }
}
