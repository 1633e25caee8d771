package th.go.sesaoret.servicedesk.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import th.go.sesaoret.servicedesk.audit.domain.AuditEntry;
import th.go.sesaoret.servicedesk.catalog.domain.ServiceCode;
import th.go.sesaoret.servicedesk.notification.domain.NoticeKind;
import th.go.sesaoret.servicedesk.notification.domain.WorkflowNotice;
import th.go.sesaoret.servicedesk.request.application.RequestQueries;
import th.go.sesaoret.servicedesk.request.application.RequestSubmission;
import th.go.sesaoret.servicedesk.request.application.RequestTrail;
import th.go.sesaoret.servicedesk.request.application.SlaScan;
import th.go.sesaoret.servicedesk.request.application.StepActions;
import th.go.sesaoret.servicedesk.request.application.StepSchedule;
import th.go.sesaoret.servicedesk.request.application.TimelineStep;
import th.go.sesaoret.servicedesk.request.application.WorkQueueSort;
import th.go.sesaoret.servicedesk.security.domain.Role;
import th.go.sesaoret.servicedesk.shared.BusinessException;
import th.go.sesaoret.servicedesk.shared.OfficeTime;
import th.go.sesaoret.servicedesk.shared.list.ListPage;
import th.go.sesaoret.servicedesk.shared.list.ListQuery;
import th.go.sesaoret.servicedesk.sla.application.WorkingCalendar;

/**
 * A service filed on the general form whose steps run on a booking clock (the test catalog's {@link
 * DummyCatalog#BOOKED}, shaped like the manual's video conference) is timed by its booking through
 * {@link StepSchedule}: due at the booked times, re-timed when the meeting moves, warned at 75% of
 * the booked window, late by clock time when done after it, and listed as overdue.
 */
@ExtendWith(ArquillianExtension.class)
class StepScheduleIT {
  private static final String IP = "192.0.2.40";
  private static final Duration HALF_HOUR = Duration.ofMinutes(30);

  @Deployment
  static EnterpriseArchive deployment() {
    return Deployments.withTestClasses(
        StepScheduleIT.class, NoticeRecorder.class, DummyCatalog.class);
  }

  @Inject RequestSubmission submission;
  @Inject StepSchedule schedule;
  @Inject StepActions steps;
  @Inject RequestQueries queries;
  @Inject RequestTrail audit;
  @Inject SlaScan scan;
  @Inject WorkingCalendar calendar;
  @Inject NoticeRecorder recorder;
  @Inject AsRequester requester;
  @Inject AsStaff staff;
  @Inject DummyCatalog catalog;

  @BeforeEach
  void addTheService() {
    catalog.remove();
    catalog.addBooked();
  }

  @AfterEach
  void removeTheService() {
    catalog.remove();
  }

  @Test
  void aConferenceIsTimedByItsBookingRetimedWhenItMovesWarnedAndLate() throws Exception {
    var filed =
        requester.call(
            () ->
                submission.submit(
                    ServiceCode.of(DummyCatalog.BOOKED),
                    "ประชุมผู้บริหารสถานศึกษาทางไกล " + System.nanoTime(),
                    "ห้องประชุม 1 ผู้เข้าประชุม 40 คน",
                    List.of(),
                    IP));
    long id = filed.id();
    TimelineStep setup = step(id, 2);
    assertNotNull(setup.startedAt(), "the set-up runs once the request is filed");
    assertNull(setup.dueAt(), "no booking yet: no due time");

    // booked 10:00-12:00 on a working day next week
    Instant start = tenOClock(workingDay(LocalDate.now(OfficeTime.ZONE).plusDays(7), 1));
    Instant end = start.plus(Duration.ofHours(2));
    book(id, start, end);
    assertEquals(start, step(id, 2).dueAt(), "the set-up is due at the meeting's start");
    assertNull(step(id, 3).dueAt(), "the meeting waits for the set-up");

    // the meeting moves a week later: re-timed
    Instant moved = tenOClock(workingDay(LocalDate.now(OfficeTime.ZONE).plusDays(14), 1));
    book(id, moved, moved.plus(Duration.ofHours(2)));
    assertEquals(moved, step(id, 2).dueAt(), "re-timed");

    // the set-up window 09:30-10:00: warned from 75% (09:52:30), escalated once overdue
    scan.scan(moved.minus(Duration.ofMinutes(10)));
    assertEquals(0, count(id, WorkflowNotice.SLA_WARNING), "two thirds of the window");
    scan.scan(moved.minus(Duration.ofMinutes(5)));
    scan.scan(moved.minus(Duration.ofMinutes(4)));
    assertEquals(1, count(id, WorkflowNotice.SLA_WARNING), "warned once");
    assertEquals(
        Role.STAFF,
        recorder.forRequest(id).stream()
            .filter(n -> n.kind() == WorkflowNotice.SLA_WARNING)
            .findFirst()
            .orElseThrow()
            .recipientRole());
    scan.scan(moved.plus(Duration.ofMinutes(2)));
    scan.scan(moved.plus(Duration.ofMinutes(3)));
    assertEquals(1, count(id, WorkflowNotice.SLA_ESCALATION), "escalated once");

    // it moves again, to 10:00-11:00 on the last working day before today
    Instant past = tenOClock(workingDay(LocalDate.now(OfficeTime.ZONE).minusDays(1), -1));
    Instant pastEnd = past.plus(Duration.ofHours(1));
    book(id, past, pastEnd);
    assertEquals(past, step(id, 2).dueAt());

    // done now, after the booked due: late by clock minutes
    staff.call(() -> steps.complete(setup.stepId(), null, IP));
    TimelineStep done = step(id, 2);
    assertEquals(Boolean.FALSE, done.onTime());
    assertEquals(
        Duration.between(past, done.finishedAt()).toMinutes(), (long) done.lateByMinutes());
    TimelineStep meeting = step(id, 3);
    assertNotNull(meeting.startedAt());
    assertEquals(pastEnd, meeting.dueAt(), "the meeting is due at its end");

    // the running meeting is overdue in the work queue like any other step
    var overdue =
        ListQuery.sortedBy(WorkQueueSort.DUE, true).searching(filed.number()).overdueOnly(true);
    assertEquals(1L, staff.call(() -> queries.countWorkQueue(overdue)));
    assertEquals(
        List.of(id),
        staff.call(() -> queries.workQueue(overdue, new ListPage(0, 10))).stream()
            .map(w -> w.requestId())
            .toList());

    // an office-time step takes no booking; every booking is audited with its window
    var refused =
        assertThrows(
            BusinessException.class,
            () -> staff.call(() -> schedule.schedule(id, "booked.arrange", past, pastEnd, IP)));
    assertEquals("request.schedule.officeTime", refused.key());
    List<AuditEntry> booked =
        staff.call(() -> audit.entries(id, IP)).stream()
            .filter(e -> e.action().equals("STEP_SCHEDULE") && !e.isRefusal())
            .toList();
    assertEquals(9, booked.size(), "three steps booked three times");
    assertEquals("booked.setup " + moved.minus(HALF_HOUR) + ".." + moved, booked.get(3).detail());
    assertEquals("booked.run " + past + ".." + pastEnd, booked.get(7).detail());
    assertTrue(
        staff.call(() -> audit.entries(id, IP)).stream()
            .anyMatch(e -> e.isRefusal() && "request.schedule.officeTime".equals(e.refusalKey())));
  }

  /** What a booking service (the video conference) does with a booked meeting. */
  private void book(long id, Instant start, Instant end) throws Exception {
    staff.call(() -> schedule.schedule(id, "booked.setup", start.minus(HALF_HOUR), start, IP));
    staff.call(() -> schedule.schedule(id, "booked.run", start, end, IP));
    staff.call(() -> schedule.schedule(id, "booked.postcheck", end, end.plus(HALF_HOUR), IP));
  }

  private TimelineStep step(long id, int order) throws Exception {
    return requester
        .call(() -> queries.request(id, Locale.forLanguageTag("th"), IP))
        .timeline()
        .get(order - 1);
  }

  /** {@code from} if it is a working day, else the nearest one in the direction {@code step}. */
  private LocalDate workingDay(LocalDate from, int step) {
    LocalDate day = from;
    while (!calendar.calendar().isWorkingDay(day)) {
      day = day.plusDays(step);
    }
    return day;
  }

  private static Instant tenOClock(LocalDate day) {
    return day.atTime(10, 0).atZone(OfficeTime.ZONE).toInstant();
  }

  private long count(long requestId, NoticeKind kind) {
    return recorder.forRequest(requestId).stream().filter(n -> n.kind() == kind).count();
  }
}
