package th.go.sesaoret.servicedesk.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import javax.imageio.ImageIO;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.function.Executable;
import th.go.sesaoret.servicedesk.attachment.domain.Upload;
import th.go.sesaoret.servicedesk.audit.application.AuditSearch;
import th.go.sesaoret.servicedesk.audit.application.AuditTrail;
import th.go.sesaoret.servicedesk.audit.domain.AuditEntry;
import th.go.sesaoret.servicedesk.catalog.application.StandardWords;
import th.go.sesaoret.servicedesk.catalog.domain.ServiceCode;
import th.go.sesaoret.servicedesk.catalog.domain.StandardUnit;
import th.go.sesaoret.servicedesk.catalog.domain.TimeStandard;
import th.go.sesaoret.servicedesk.repair.application.RepairFiling;
import th.go.sesaoret.servicedesk.repair.application.RepairIntake;
import th.go.sesaoret.servicedesk.repair.application.RepairOrders;
import th.go.sesaoret.servicedesk.repair.application.RepairWork;
import th.go.sesaoret.servicedesk.repair.domain.RepairOrder;
import th.go.sesaoret.servicedesk.repair.domain.Resolution;
import th.go.sesaoret.servicedesk.request.application.ActingOfficials;
import th.go.sesaoret.servicedesk.request.application.HistoryLine;
import th.go.sesaoret.servicedesk.request.application.RequestDetail;
import th.go.sesaoret.servicedesk.request.application.RequestQueries;
import th.go.sesaoret.servicedesk.request.application.RequestState;
import th.go.sesaoret.servicedesk.request.application.RequestSubmission;
import th.go.sesaoret.servicedesk.request.application.RequestTrail;
import th.go.sesaoret.servicedesk.request.application.StepActions;
import th.go.sesaoret.servicedesk.request.application.TimelineStep;
import th.go.sesaoret.servicedesk.request.domain.ApprovalDecision;
import th.go.sesaoret.servicedesk.request.domain.RequestAuditAction;
import th.go.sesaoret.servicedesk.request.domain.RequestStatus;
import th.go.sesaoret.servicedesk.request.domain.StepAction;
import th.go.sesaoret.servicedesk.request.domain.StepOutcome;
import th.go.sesaoret.servicedesk.security.domain.Role;
import th.go.sesaoret.servicedesk.shared.BusinessException;
import th.go.sesaoret.servicedesk.shared.OfficeTime;
import th.go.sesaoret.servicedesk.sla.application.WorkingCalendar;

/**
 * Requests driven through their steps by the demo accounts, on a real WildFly: the repair on its
 * own actions, and the engine's general form and actions on {@link GeneralServiceFixture}'s test
 * service (the website publication's seven steps; the manual's services have forms of their own).
 */
@ExtendWith(ArquillianExtension.class)
class RequestLifecycleIT {
  private static final Locale THAI = Locale.forLanguageTag("th");
  private static final String IP = "192.0.2.25";
  private static final String PASSWORD = "Dlict@2569";
  private static final ServiceCode GENERAL = ServiceCode.of(GeneralServiceFixture.CODE);

  @Deployment
  static EnterpriseArchive deployment() {
    return Deployments.withTestClasses(
        RequestLifecycleIT.class,
        Preload.class,
        RepairFlowIT.class,
        GeneralServiceFixture.class,
        ReportFixture.class);
  }

  @Inject RequestSubmission submission;
  @Inject StepActions steps;
  @Inject RequestQueries queries;
  @Inject AuditTrail audit;
  @Inject RequestTrail trail;
  @Inject WorkingCalendar calendar;
  @Inject Preload preload;
  @Inject AsRequester requester;
  @Inject AsOtherRequester otherRequester;
  @Inject AsClerk clerk;
  @Inject AsStaff staff;
  @Inject AsOtherTechnician otherTechnician;
  @Inject AsGroupDirector groupDirector;
  @Inject AsDeputy deputy;
  @Inject AsDirector director;
  @Inject AsAdmin admin;
  @Inject ActingOfficials actingOfficials;
  @Inject RepairFiling filing;
  @Inject RepairIntake intake;
  @Inject RepairOrders orders;
  @Inject RepairWork work;
  @Inject GeneralServiceFixture general;
  @Inject ReportFixture report;

  @BeforeEach
  void addTheGeneralService() {
    general.add();
  }

  @AfterEach
  void removeTheGeneralService() {
    general.remove();
  }

  private RequestState fileRepair() throws Exception {
    var photo = new Upload("printer.jpg", "image/jpeg", printerPhoto());
    return requester.call(
        () -> filing.file(RepairFlowIT.printerForm("7440-001-0001/2565"), List.of(photo), IP));
  }

  /** Step 2 of a repair: the clerk registers it and forwards it to the group director. */
  private void forwarded(long id) throws Exception {
    clerk.call(() -> intake.register(id, IP));
    clerk.call(() -> intake.forward(id, Role.GROUP_DIRECTOR, null, IP));
  }

  private static RepairOrder toStaff() {
    return new RepairOrder("staff", null);
  }

  /** A real (tiny) JPEG: attachments are checked by content, so a photo must decode. */
  private static byte[] printerPhoto() throws IOException {
    BufferedImage picture = new BufferedImage(32, 24, BufferedImage.TYPE_INT_RGB);
    picture.setRGB(8, 8, 0xFF8800);
    ByteArrayOutputStream jpeg = new ByteArrayOutputStream();
    ImageIO.write(picture, "jpg", jpeg);
    return jpeg.toByteArray();
  }

  private RequestDetail detail(long id) throws Exception {
    return requester.call(() -> queries.request(id, THAI, IP));
  }

  private long stepId(long requestId, int order) throws Exception {
    return detail(requestId).timeline().get(order - 1).stepId();
  }

  private static char[] password() {
    return PASSWORD.toCharArray();
  }

  private static void refused(String key, Executable action) {
    assertEquals(key, assertThrows(BusinessException.class, action).key());
  }

  @Test
  void aRepairRunsToCompletionWithDueTimesOnTheThaiCalendar() throws Exception {
    RequestState filed = fileRepair();
    assertTrue(filed.number().matches("ซ\\.\\d{4}/25\\d\\d"), filed.number());
    assertEquals(2, filed.currentStep());
    long id = filed.id();

    // the repair's own steps are not done with the general actions (they keep its details)
    refused(
        "request.step.ownActions",
        () -> clerk.call(() -> steps.complete(stepId(id, 2), "รับเรื่องแล้ว", IP)));
    refused(
        "request.service.ownForm",
        () ->
            requester.call(
                () -> submission.submit(ServiceCode.REPAIR, "จอเสีย", "", List.of(), IP)));
    forwarded(id);
    long approval = stepId(id, 3);
    assertTrue(
        groupDirector.call(() -> queries.workQueue(0, 500)).stream()
            .anyMatch(w -> w.stepId() == approval && w.minutesLeft() != null));
    refused(
        "request.step.ownActions",
        () -> groupDirector.call(() -> steps.approve(approval, password(), null, IP)));
    groupDirector.call(
        () -> orders.approve(id, password(), toStaff(), "อนุมัติ ให้ช่างดำเนินการ", IP));
    staff.call(() -> work.accept(id, IP));
    staff.call(() -> work.resolve(id, Resolution.REPLACED, "เปลี่ยนลูกยางดึงกระดาษ", IP));
    RequestState done = staff.call(() -> work.report(id, "แจ้งผู้รับบริการแล้ว", IP));

    assertEquals(RequestStatus.COMPLETED, done.status());
    RequestDetail d = detail(id);
    var cal = calendar.calendar();
    TimelineStep clerkStep = d.timeline().get(1);
    assertEquals(
        cal.due(clerkStep.startedAt(), TimeStandard.of(30, StandardUnit.MINUTES)),
        clerkStep.dueAt());
    TimelineStep repair = d.timeline().get(3);
    assertEquals(
        cal.due(repair.startedAt(), TimeStandard.of(1, StandardUnit.WORKING_DAYS)), repair.dueAt());
    assertTrue(d.timeline().stream().allMatch(s -> s.finishedAt() != null && s.onTime() != null));
    assertEquals("30 นาที", StandardWords.of(THAI).standard(clerkStep.standard()));
    assertEquals(StepOutcome.APPROVED, d.timeline().get(2).outcome());
    assertEquals("groupdirector", d.timeline().get(2).actor());
    assertEquals(1, d.approvals().size());
    assertEquals(d.contentSha256(), d.approvals().get(0).contentSha256());
    assertEquals(IP, d.approvals().get(0).sourceIp());
    assertEquals(1, d.attachments().size());
    assertTrue(
        requester.call(() -> queries.myRequests(0, 500)).stream().anyMatch(r -> r.id() == id));
    List<String> actions =
        requester.call(() -> trail.entries(id, IP)).stream().map(AuditEntry::action).toList();
    assertEquals(
        List.of(
            "REQUEST_SUBMIT",
            "STEP_COMPLETE",
            "REPAIR_REGISTER",
            "REPAIR_FORWARD",
            "STEP_APPROVE",
            "REPAIR_ORDER",
            "REPAIR_ACCEPT",
            "REPAIR_RESOLVE",
            "REPAIR_REPORT"),
        actions,
        "the refused general actions are on record too");
  }

  @Test
  void aReturnedRequestWaitsForTheRequesterAndResumesOnResubmission() throws Exception {
    long id = fileRepair().id();
    forwarded(id);
    long approval = stepId(id, 3);
    refused(
        "request.return.commentRequired",
        () -> groupDirector.call(() -> steps.returnForCorrection(approval, " ", IP)));
    RequestState back =
        groupDirector.call(() -> steps.returnForCorrection(approval, "ระบุเลขครุภัณฑ์", IP));
    assertEquals(RequestStatus.RETURNED, back.status());
    assertTrue(detail(id).timeline().get(2).paused());
    refused(
        "request.waitingForCorrection",
        () -> groupDirector.call(() -> orders.approve(id, password(), toStaff(), null, IP)));

    RequestState again =
        requester.call(
            () -> steps.resubmit(id, "เครื่องพิมพ์ห้องธุรการเสีย", "ครุภัณฑ์ 7440-001-0001", IP));

    assertEquals(RequestStatus.OPEN, again.status());
    TimelineStep resumed = detail(id).timeline().get(2);
    assertEquals(2, resumed.round());
    assertFalse(resumed.paused());
    groupDirector.call(() -> orders.approve(id, password(), toStaff(), null, IP));
    assertEquals(
        4,
        detail(id).timeline().stream()
            .filter(s -> s.finishedAt() == null)
            .findFirst()
            .get()
            .order());
  }

  @Test
  void aRejectionNeedsAReasonAndEndsTheRequest() throws Exception {
    long id = fileRepair().id();
    forwarded(id);
    long approval = stepId(id, 3);
    refused(
        "request.reject.reasonRequired",
        () -> groupDirector.call(() -> steps.reject(approval, password(), "", IP)));
    RequestState rejected =
        groupDirector.call(
            () -> steps.reject(approval, password(), "ไม่ใช่ครุภัณฑ์ของสำนักงาน", IP));
    assertEquals(RequestStatus.REJECTED, rejected.status());
    RequestDetail d = detail(id);
    assertEquals(ApprovalDecision.REJECTED, d.approvals().get(0).decision());
    assertNull(d.timeline().get(3).startedAt());
    refused("request.finished", () -> requester.call(() -> steps.cancel(id, null, IP)));
  }

  @Test
  void theDirectorApprovesAGeneralRequestForTheDeputyDirector() throws Exception {
    RequestState filed =
        requester.call(
            () ->
                submission.submit(
                    GENERAL, "ประกาศรับสมัครครูอัตราจ้าง", "เผยแพร่หน้าแรก", List.of(), IP));
    long id = filed.id();
    assertTrue(filed.number().startsWith(GeneralServiceFixture.PREFIX + "."), filed.number());
    assertEquals(3, filed.currentStep());
    assertTrue(
        director.call(() -> queries.workQueue(0, 500)).stream()
            .anyMatch(w -> w.requestId() == id && w.stepOrder() == 3));
    director.call(() -> steps.approve(stepId(id, 3), password(), "เห็นควรอนุมัติ", IP));
    deputy.call(() -> steps.approve(stepId(id, 4), password(), "อนุมัติ", IP));
    refused("request.cancel.afterApproval", () -> requester.call(() -> steps.cancel(id, null, IP)));
    staff.call(() -> steps.complete(stepId(id, 5), "ร่างและเผยแพร่ชั่วคราวแล้ว", IP));
    refused(
        "request.step.notYours",
        () -> otherRequester.call(() -> steps.complete(stepId(id, 6), null, IP)));
    requester.call(() -> steps.complete(stepId(id, 6), "ถูกต้อง", IP));
    RequestState done = staff.call(() -> steps.complete(stepId(id, 7), "เผยแพร่แล้ว", IP));

    assertEquals(RequestStatus.COMPLETED, done.status());
    RequestDetail d = detail(id);
    assertEquals("director", d.approvals().get(0).approver());
    assertEquals("deputy", d.approvals().get(1).approver());
  }

  /**
   * Issue 8, finding 1: a general request's step 6 (the publication's) is the requester's, in the
   * middle of the flow. The request page is told, for each person, what they may do now (the rules
   * the actions enforce): nobody but the requester at step 6, and step 7 opens when they complete
   * it. People are named by full name and position, and the history is worded without codes.
   */
  @Test
  void aGeneralRequestRunsStepsOneToSevenAndTheRequesterIsOfferedStepSix() throws Exception {
    long id = fileGeneralRequest("ข่าวการอบรมครู ขั้นตอนที่หก");
    RequestDetail filed = detail(id);
    assertEquals(Set.of(StepAction.CANCEL), filed.may(), "the requester may only cancel now");
    assertEquals("ครูสมชาย ใจดี", filed.requesterName().fullName());
    assertEquals(Role.REQUESTER, filed.requesterName().position());
    assertEquals("ครูสมชาย ใจดี", filed.timeline().get(0).actorName().fullName());
    assertEquals(
        Set.of(StepAction.APPROVE, StepAction.REJECT, StepAction.RETURN),
        deputy.call(() -> queries.request(id, THAI, IP)).may());
    assertEquals(
        Set.of(StepAction.APPROVE, StepAction.REJECT, StepAction.RETURN),
        director.call(() -> queries.request(id, THAI, IP)).may(),
        "the director acts for the deputy director");
    assertEquals(Set.of(), otherTechnician.call(() -> queries.request(id, THAI, IP)).may());
    assertFalse(deputy.call(() -> queries.request(id, THAI, IP)).ownPanel());

    deputy.call(() -> steps.approve(stepId(id, 3), password(), "เห็นควรอนุมัติ", IP));
    director.call(() -> steps.approve(stepId(id, 4), password(), "อนุมัติ", IP));
    assertEquals(
        Set.of(StepAction.COMPLETE, StepAction.RETURN),
        staff.call(() -> queries.request(id, THAI, IP)).may());
    staff.call(() -> steps.complete(stepId(id, 5), "ร่างข่าวแล้ว", IP));

    RequestDetail atSix = detail(id);
    assertEquals(Set.of(StepAction.COMPLETE), atSix.may(), "step 6 is offered to the requester");
    for (var other :
        List.<Callable<RequestDetail>>of(
            () -> staff.call(() -> queries.request(id, THAI, IP)),
            () -> deputy.call(() -> queries.request(id, THAI, IP)),
            () -> director.call(() -> queries.request(id, THAI, IP)),
            () -> clerk.call(() -> queries.request(id, THAI, IP)))) {
      assertEquals(Set.of(), other.call().may());
    }
    assertTrue(requester.call(() -> queries.countWaitingForMe()) >= 1);
    assertTrue(
        requester.call(() -> queries.myRequests(0, 500)).stream()
            .anyMatch(r -> r.id() == id && r.waitingForMe()),
        "my requests marks it as waiting for me");
    refused(
        "request.step.notYours",
        () -> otherRequester.call(() -> steps.complete(stepId(id, 6), null, IP)));

    requester.call(() -> steps.complete(stepId(id, 6), "เนื้อหาถูกต้อง", IP));
    RequestDetail atSeven = detail(id);
    assertNotNull(atSeven.timeline().get(6).startedAt(), "step 7 opened");
    assertEquals(Set.of(), atSeven.may());
    assertFalse(
        requester.call(() -> queries.myRequests(0, 500)).stream()
            .anyMatch(r -> r.id() == id && r.waitingForMe()));
    assertEquals(
        Set.of(StepAction.COMPLETE, StepAction.RETURN),
        staff.call(() -> queries.request(id, THAI, IP)).may());
    RequestState done = staff.call(() -> steps.complete(stepId(id, 7), "เผยแพร่แล้ว", IP));
    assertEquals(RequestStatus.COMPLETED, done.status());

    RequestDetail d = detail(id);
    assertEquals("นางวิไลวรรณ ศรีสุข", d.timeline().get(2).actorName().fullName());
    assertEquals(Role.DEPUTY_DIRECTOR, d.timeline().get(2).actorName().position());
    assertEquals(Role.DIRECTOR, d.timeline().get(3).actorName().position());
    assertEquals("ดร.อำนวย ทองดี", d.approvals().get(1).approverName().fullName());
    assertEquals("ครูสมชาย ใจดี", d.timeline().get(5).actorName().fullName());

    long entries = requester.call(() -> trail.countHistory(id, IP));
    var history = requester.call(() -> trail.history(id, THAI, IP, 0, 100));
    assertEquals(entries, history.size());
    var refusal =
        history.stream().filter(HistoryLine::refused).findFirst().orElseThrow(AssertionError::new);
    assertEquals("request.step.notYours", refusal.reasonKey());
    assertEquals(List.of("6"), refusal.reasonArgs());
    var sixth =
        history.stream()
            .filter(h -> !h.refused() && h.step() != null && h.step() == 6)
            .findFirst()
            .orElseThrow(AssertionError::new);
    assertEquals("เนื้อหาถูกต้อง", sixth.note());
    assertEquals(7, sixth.stepAfter());
    assertEquals("ครูสมชาย ใจดี", sixth.who().fullName());
    assertTrue(
        history.stream()
            .filter(h -> h.action() == RequestAuditAction.STEP_APPROVE)
            .allMatch(h -> h.note() == null),
        "no hash on the requester's page");
  }

  @Test
  void twoApproversAtOnceOneWinsTheOtherIsToldAndNothingIsHalfWritten() throws Exception {
    long id = fileRepair().id();
    forwarded(id);
    CyclicBarrier bothLoaded = new CyclicBarrier(2);
    ExecutorService pool = Executors.newFixedThreadPool(2);
    try {
      List<Future<String>> results = new ArrayList<>();
      for (Callable<String> attempt :
          List.<Callable<String>>of(
              () -> groupDirector.call(() -> race(id, bothLoaded)),
              () -> director.call(() -> race(id, bothLoaded)))) {
        results.add(pool.submit(() -> outcome(attempt)));
      }
      List<String> outcomes = new ArrayList<>();
      for (Future<String> f : results) {
        outcomes.add(f.get(60, TimeUnit.SECONDS));
      }
      assertTrue(outcomes.contains("approved"), outcomes.toString());
      assertTrue(outcomes.contains("request.concurrent"), outcomes.toString());
    } finally {
      pool.shutdownNow();
    }
    RequestDetail d = detail(id);
    assertEquals(1, d.approvals().size());
    assertEquals(StepOutcome.APPROVED, d.timeline().get(2).outcome());
    assertNotNull(d.timeline().get(3).startedAt());
    assertNull(d.timeline().get(4).startedAt());
  }

  private String race(long requestId, CyclicBarrier barrier) throws Exception {
    preload.load(requestId);
    barrier.await(30, TimeUnit.SECONDS);
    orders.approve(requestId, password(), toStaff(), null, IP);
    return "approved";
  }

  private static String outcome(Callable<String> attempt) {
    try {
      return attempt.call();
    } catch (BusinessException e) {
      return e.key();
    } catch (Exception e) {
      return e.toString();
    }
  }

  @Test
  void aRequesterIsRefusedAnothersRequestAndTheRefusalIsAudited() throws Exception {
    long id = fileRepair().id();
    refused("request.notVisible", () -> otherRequester.call(() -> queries.request(id, THAI, IP)));
    refused("request.notVisible", () -> otherRequester.call(() -> trail.entries(id, IP)));
    List<AuditEntry> refusals =
        admin.call(
            () -> audit.search(new AuditSearch("somchai", "REQUEST_VIEW", null, null), 0, 10));
    assertEquals(1, refusals.size());
    assertEquals(id, refusals.get(0).requestId());
    assertEquals("request.notVisible", refusals.get(0).detail());
    assertEquals(IP, refusals.get(0).sourceIp());
  }

  @Test
  void aWrongApprovalPasswordIsRefusedAndChangesNothing() throws Exception {
    long id = fileRepair().id();
    forwarded(id);
    refused(
        "request.approval.badPassword",
        () ->
            groupDirector.call(
                () -> orders.approve(id, "wrong-2569".toCharArray(), toStaff(), null, IP)));
    RequestDetail d = detail(id);
    assertTrue(d.approvals().isEmpty());
    assertNull(d.timeline().get(2).outcome());
    long refusals =
        admin.call(() -> audit.count(new AuditSearch("groupdirector", "REPAIR_ORDER", null, null)));
    assertTrue(refusals >= 1);
    assertTrue(
        requester.call(() -> trail.entries(id, IP)).stream()
            .anyMatch(e -> "request.approval.badPassword".equals(e.detail())));
  }

  private long fileGeneralRequest(String title) throws Exception {
    return requester.call(() -> submission.submit(GENERAL, title, "หน้าข่าว", List.of(), IP)).id();
  }

  @Test
  void changedContentVoidsTheApprovalAndTheApprovedStepRunsAgain() throws Exception {
    var tallyBefore = report.tally();
    long id = fileGeneralRequest("ข่าวประชาสัมพันธ์");
    deputy.call(() -> steps.approve(stepId(id, 3), password(), null, IP));
    deputy.call(() -> steps.returnForCorrection(stepId(id, 4), "แก้ชื่อเรื่องให้ชัดเจน", IP));

    RequestState again =
        requester.call(
            () -> steps.resubmit(id, "ข่าวประชาสัมพันธ์ การรับสมัครนักเรียน", "หน้าข่าว", IP));

    assertEquals(3, again.currentStep());
    RequestDetail d = detail(id);
    assertTrue(d.approvals().get(0).isVoid());
    assertEquals(2, d.timeline().get(2).round());
    assertNull(d.timeline().get(3).startedAt());
    deputy.call(() -> steps.approve(stepId(id, 3), password(), null, IP));
    RequestDetail after = detail(id);
    assertEquals(after.contentSha256(), after.approvals().get(1).contentSha256());
    assertFalse(after.approvals().get(1).isVoid());

    // the compliance report's projection, kept by the workflow through filing, approval, return,
    // resubmission (the approved step runs again: its first record is taken out) and approval,
    // holds exactly this request's finished steps now
    var tallyAfter = report.tally();
    Map<String, List<Long>> added = new TreeMap<>();
    tallyAfter.forEach(
        (key, row) -> {
          List<Long> was = tallyBefore.getOrDefault(key, List.of(0L, 0L, 0L, 0L, 0L, 0L));
          List<Long> delta = IntStream.range(0, 6).mapToObj(i -> row.get(i) - was.get(i)).toList();
          if (delta.stream().anyMatch(v -> v != 0)) {
            added.put(key, delta);
          }
        });
    assertEquals(report.contributionOf(id), added);
    assertEquals(3, added.values().stream().mapToLong(r -> r.get(0)).sum(), added.toString());
  }

  @Test
  void theClerkFilesForAWalkInRequesterAndAnActingOfficialSignsAsSuch() throws Exception {
    RequestState filed =
        clerk.call(
            () -> submission.submitFor("requester", GENERAL, "ประกาศผลการสอบ", "", List.of(), IP));
    refused(
        "request.requester.unknown",
        () ->
            clerk.call(() -> submission.submitFor("nobody-here", GENERAL, "x", "", List.of(), IP)));
    RequestDetail d = detail(filed.id());
    assertEquals("requester", d.requester());
    assertEquals("clerk", d.filedBy());
    assertEquals("clerk", d.timeline().get(0).actor());
    assertEquals("นางสาวสมศรี รักงาน", d.filedByName().fullName());
    assertEquals(Role.CLERK, d.filedByName().position());
    assertEquals(Role.CLERK, d.timeline().get(0).actorName().position());

    LocalDate today = LocalDate.now(OfficeTime.ZONE);
    admin.call(() -> actingOfficials.appoint(Role.DIRECTOR, "staff", today, today, IP));
    staff.call(() -> steps.approve(stepId(filed.id(), 3), password(), "ปฏิบัติราชการแทน", IP));
    assertEquals(Role.DIRECTOR, detail(filed.id()).approvals().get(0).actingFor());
  }
}
