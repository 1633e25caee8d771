package th.go.sesaoret.servicedesk.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CopyOnWriteArrayList;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.function.Executable;
import th.go.sesaoret.servicedesk.attachment.domain.AttachmentPolicy;
import th.go.sesaoret.servicedesk.catalog.application.ServiceCatalog;
import th.go.sesaoret.servicedesk.catalog.domain.ServiceCode;
import th.go.sesaoret.servicedesk.catalog.domain.TimeBasis;
import th.go.sesaoret.servicedesk.request.application.RequestDetail;
import th.go.sesaoret.servicedesk.request.application.RequestQueries;
import th.go.sesaoret.servicedesk.request.application.RequestState;
import th.go.sesaoret.servicedesk.request.application.RequestSubmission;
import th.go.sesaoret.servicedesk.request.application.StepActions;
import th.go.sesaoret.servicedesk.request.application.StepSchedule;
import th.go.sesaoret.servicedesk.request.application.TimelineStep;
import th.go.sesaoret.servicedesk.request.domain.RequestStatus;
import th.go.sesaoret.servicedesk.request.domain.StepAction;
import th.go.sesaoret.servicedesk.request.domain.StepOutcome;
import th.go.sesaoret.servicedesk.shared.BusinessException;

/**
 * Issue 9: a fourth service plugs into the engine with nothing but its plug-in ({@link
 * DummyService}, in the EJB module) and its catalog rows ({@link DummyCatalog}): it is filed on its
 * own form with its own details, timed, notified and completed by the engine's own actions.
 */
@ExtendWith(ArquillianExtension.class)
class FourthServiceIT {
  private static final Locale THAI = Locale.forLanguageTag("th");
  private static final String IP = "192.0.2.49";
  private static final Duration WAIT = Duration.ofSeconds(30);

  /** What the service's own details saw of each request it filed, in the filing's transaction. */
  private static final List<String> DETAILS = new CopyOnWriteArrayList<>();

  @Deployment
  static EnterpriseArchive deployment() {
    return Deployments.inEjbModule(
        Deployments.withTestClasses(FourthServiceIT.class, DummyCatalog.class), DummyService.class);
  }

  @Inject DummyCatalog catalog;
  @Inject ServiceCatalog services;
  @Inject RequestSubmission submission;
  @Inject StepActions steps;
  @Inject StepSchedule schedule;
  @Inject RequestQueries queries;
  @Inject AsRequester requester;
  @Inject AsStaff staff;

  @BeforeEach
  void addTheService() {
    catalog.remove();
    catalog.add();
  }

  @AfterEach
  void removeTheService() {
    catalog.remove();
  }

  @Test
  void aFourthServiceIsFiledTimedNotifiedAndCompletedWithoutChangingTheEngine() throws Exception {
    assertEquals(
        List.of(
            ServiceCode.PUBLICATION,
            ServiceCode.VIDEO_CONFERENCE,
            ServiceCode.REPAIR,
            DummyService.CODE),
        services.services(),
        "the catalog's services");
    refused(
        "request.service.ownForm",
        () ->
            requester.call(
                () -> submission.submit(DummyService.CODE, "ขอทดสอบ", "ทั่วไป", List.of(), IP)));

    RequestState filed =
        requester.call(
            () ->
                submission.fileWith(
                    null,
                    DummyService.CODE,
                    () ->
                        RequestSubmission.content(
                            "ขอบริการทดสอบ", "บริการที่สี่", List.of(), AttachmentPolicy.DOCUMENTS),
                    IP,
                    r -> DETAILS.add(r.number() + " " + r.step(DummyService.ASK).outcome())));
    long id = filed.id();
    assertTrue(filed.number().startsWith("ทด."), filed.number());
    assertEquals(RequestStatus.OPEN, filed.status());
    assertEquals(2, filed.currentStep());
    assertTrue(DETAILS.contains(filed.number() + " COMPLETED"), "its details, in the filing");

    // timed: the form step in office time, done by filing and on time; the booked step runs
    RequestDetail detail = requester.call(() -> queries.request(id, THAI, IP));
    assertEquals(DummyService.CODE, detail.service());
    TimelineStep ask = detail.timeline().get(0);
    assertEquals(DummyService.ASKED_ON_ITS_FORM, ask.name(), "the plug-in's own words");
    assertEquals(TimeBasis.OFFICE_TIME, ask.timeBasis());
    assertNotNull(ask.dueAt());
    assertEquals(StepOutcome.COMPLETED, ask.outcome());
    assertEquals(Boolean.TRUE, ask.onTime());
    TimelineStep work = detail.timeline().get(1);
    assertEquals("ให้บริการทดสอบตามเวลาที่จอง", work.name(), "the manual's words");
    assertEquals(TimeBasis.BOOKING_CLOCK, work.timeBasis());
    assertNotNull(work.startedAt());
    assertNull(work.dueAt(), "a booking clock without a booking has no due time");
    // the service books the step's window through the engine's port; the step is due at its end
    Instant from = Instant.now().truncatedTo(ChronoUnit.MINUTES).plus(Duration.ofHours(1));
    Instant until = from.plus(Duration.ofHours(3));
    staff.call(() -> schedule.schedule(id, DummyService.DO, from, until, IP));
    TimelineStep booked = requester.call(() -> queries.request(id, THAI, IP)).timeline().get(1);
    assertEquals(until, booked.dueAt(), "due at the booked end");
    assertNull(work.outcome());

    // the engine asks the plug-in by key: its own step is not the engine's to act on
    refused(
        "request.step.ownActions",
        () -> requester.call(() -> steps.complete(ask.stepId(), "", IP)));

    // notified: DLICT staff are told the booked step waits for them
    assertEquals(List.of("staff STEP_WAITING"), waitForInbox(id, 2, "staff STEP_WAITING"));
    RequestDetail forStaff = staff.call(() -> queries.request(id, THAI, IP));
    assertTrue(forStaff.may(StepAction.COMPLETE), "the engine's own action at dummy.do");
    assertFalse(forStaff.ownPanel());

    // completed by the engine's step action; the requester is told
    RequestState done = staff.call(() -> steps.complete(work.stepId(), "ให้บริการแล้ว", IP));
    assertEquals(RequestStatus.COMPLETED, done.status());
    assertNull(done.currentStep());
    RequestDetail completed = requester.call(() -> queries.request(id, THAI, IP));
    assertEquals(StepOutcome.COMPLETED, completed.timeline().get(1).outcome());
    assertEquals("staff", completed.timeline().get(1).actor());
    assertEquals(Boolean.TRUE, completed.timeline().get(1).onTime(), "done before the booked end");
    assertTrue(
        waitForInbox(id, 2, "requester REQUEST_COMPLETED").contains("requester REQUEST_COMPLETED"));
  }

  /**
   * Waits until the inbox holds {@code expected} ("recipient KIND") about the step; returns that
   * recipient's entries about it.
   */
  private List<String> waitForInbox(long requestId, int order, String expected)
      throws InterruptedException {
    String recipient = expected.substring(0, expected.indexOf(' ') + 1);
    long deadline = System.nanoTime() + WAIT.toNanos();
    List<String> found = catalog.inbox(requestId, order);
    while (!found.contains(expected) && System.nanoTime() < deadline) {
      Thread.sleep(200);
      found = catalog.inbox(requestId, order);
    }
    return found.stream().filter(line -> line.startsWith(recipient)).toList();
  }

  private static void refused(String key, Executable action) {
    assertEquals(key, assertThrows(BusinessException.class, action).key());
  }
}
