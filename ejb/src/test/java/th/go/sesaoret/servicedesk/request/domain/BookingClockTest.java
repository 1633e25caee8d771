package th.go.sesaoret.servicedesk.request.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static th.go.sesaoret.servicedesk.request.domain.Requests.CALENDAR;
import static th.go.sesaoret.servicedesk.request.domain.Requests.STAFF;
import static th.go.sesaoret.servicedesk.request.domain.Requests.bangkok;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import th.go.sesaoret.servicedesk.shared.BusinessException;
import th.go.sesaoret.servicedesk.sla.domain.SlaCheck.Outcome;

/**
 * Booking-clock steps (video conference) are timed by the booking: set-up from 30 minutes before
 * the meeting due at its start, the meeting due at its end, the post-check due 30 minutes after.
 */
class BookingClockTest {
  private static final Duration HALF_HOUR = Duration.ofMinutes(30);

  private final ServiceRequest conference =
      Requests.file(Requests.conference(), bangkok(2026, 11, 25, 9, 0));

  /** Thursday 26 Nov 2026. */
  private static Instant thu(int hour, int minute) {
    return bangkok(2026, 11, 26, hour, minute);
  }

  /** What the conference service does with a booked meeting. */
  private void book(Instant start, Instant end) {
    conference.step(2).schedule(start.minus(HALF_HOUR), start);
    conference.step(3).schedule(start, end);
    conference.step(4).schedule(end, end.plus(HALF_HOUR));
  }

  private StepActing at(Instant now) {
    return StepActing.on(conference, CALENDAR, now);
  }

  @Test
  void withoutABookingAStepHasNoDueTimeAndIsNeverWarned() {
    StepInstance setup = conference.step(2);
    assertTrue(setup.isOpen());
    assertNull(setup.dueAt());
    assertEquals(Outcome.NOTHING, setup.clock().owed(thu(16, 0), CALENDAR));
    assertNull(setup.clock().warnedAt());
  }

  @Test
  void theStepsAreDueAtTheBookedTimesAndRetimedWhenTheBookingMoves() {
    book(thu(10, 0), thu(12, 0));
    assertEquals(thu(10, 0), conference.step(2).dueAt(), "set-up, running: due at the start");
    assertNull(conference.step(3).dueAt(), "the meeting waits");
    assertEquals(thu(12, 0), conference.step(3).clock().bookedDue());

    book(thu(11, 0), thu(12, 0));
    assertEquals(thu(11, 0), conference.step(2).dueAt(), "the booking moved");
    assertEquals(thu(10, 30), conference.step(2).clock().bookedStart());

    at(thu(10, 55)).complete(2, STAFF, null);
    StepInstance meeting = conference.step(3);
    assertTrue(conference.step(2).onTime());
    assertEquals(thu(10, 55), meeting.startedAt());
    assertEquals(thu(12, 0), meeting.dueAt(), "the meeting is due at its end");
  }

  @Test
  void aStepIsWarnedAtThreeQuartersOfItsBookedWindow() {
    book(thu(11, 0), thu(12, 0));
    StepInstance setup = conference.step(2);
    // window 10:30-11:00: 7.5 minutes left from 10:52:30
    assertEquals(Outcome.NOTHING, setup.clock().owed(thu(10, 50), CALENDAR));
    assertEquals(Outcome.WARN, setup.clock().owed(thu(10, 53), CALENDAR));
    assertEquals(Outcome.NOTHING, setup.clock().owed(thu(10, 58), CALENDAR));
    assertEquals(Outcome.ESCALATE, setup.clock().owed(thu(11, 1), CALENDAR));
  }

  @Test
  void aMovedMeetingIsWarnedAndEscalatedAgainstItsNewTimeAndNotTwiceForTheSame() {
    book(thu(11, 0), thu(12, 0));
    StepInstance setup = conference.step(2);
    assertEquals(Outcome.WARN, setup.clock().owed(thu(10, 53), CALENDAR));
    assertEquals(Outcome.ESCALATE, setup.clock().owed(thu(11, 1), CALENDAR));

    book(thu(14, 0), thu(15, 0));
    assertNull(setup.clock().warnedAt(), "moved: the old warning does not count for the new time");
    assertEquals(Outcome.WARN, setup.clock().owed(thu(13, 53), CALENDAR));
    assertEquals(Outcome.ESCALATE, setup.clock().owed(thu(14, 1), CALENDAR));

    book(thu(14, 0), thu(15, 0));
    assertEquals(
        Outcome.NOTHING, setup.clock().owed(thu(14, 2), CALENDAR), "booked again, same time");
  }

  @Test
  void aStepFinishedAfterItsBookedDueIsLateByClockMinutes() {
    book(thu(11, 0), thu(12, 0));
    at(thu(10, 50)).complete(2, STAFF, null);
    // 12:20 is lunch: 0 office minutes late, 20 clock minutes past the meeting's end
    at(thu(12, 20)).complete(3, STAFF, null);
    StepInstance meeting = conference.step(3);
    assertFalse(meeting.onTime());
    assertEquals(20L, meeting.lateByMinutes());

    StepInstance check = conference.step(4);
    assertEquals(thu(12, 30), check.dueAt());
    at(thu(12, 25)).complete(4, STAFF, null);
    assertTrue(check.onTime());
    assertEquals(RequestStatus.COMPLETED, conference.status());
  }

  @Test
  void aFinishedStepKeepsItsRecordWhenTheBookingMoves() {
    book(thu(11, 0), thu(12, 0));
    at(thu(10, 50)).complete(2, STAFF, null);
    book(thu(9, 0), thu(10, 0));
    StepInstance setup = conference.step(2);
    assertEquals(thu(11, 0), setup.dueAt());
    assertTrue(setup.onTime());
    assertEquals(thu(10, 0), conference.step(3).dueAt(), "the running meeting moved");
  }

  @Test
  void anOfficeTimeStepTakesNoBooking() {
    ServiceRequest repair = Requests.file(Requests.repair(), bangkok(2026, 11, 25, 9, 0));
    var e =
        assertThrows(
            BusinessException.class, () -> repair.step(2).schedule(thu(10, 0), thu(11, 0)));
    assertEquals("request.schedule.officeTime", e.key());
    assertEquals(bangkok(2026, 11, 25, 9, 30), repair.step(2).dueAt());
  }
}
