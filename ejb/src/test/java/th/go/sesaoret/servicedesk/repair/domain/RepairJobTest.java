package th.go.sesaoret.servicedesk.repair.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static th.go.sesaoret.servicedesk.request.domain.Requests.CALENDAR;
import static th.go.sesaoret.servicedesk.request.domain.Requests.CLERK;
import static th.go.sesaoret.servicedesk.request.domain.Requests.DIRECTOR;
import static th.go.sesaoret.servicedesk.request.domain.Requests.GROUP_DIRECTOR;
import static th.go.sesaoret.servicedesk.request.domain.Requests.REQUESTER;
import static th.go.sesaoret.servicedesk.request.domain.Requests.STAFF;
import static th.go.sesaoret.servicedesk.request.domain.Requests.bangkok;

import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import th.go.sesaoret.servicedesk.request.domain.Actor;
import th.go.sesaoret.servicedesk.request.domain.RequestStatus;
import th.go.sesaoret.servicedesk.request.domain.Requests;
import th.go.sesaoret.servicedesk.request.domain.ServiceRequest;
import th.go.sesaoret.servicedesk.request.domain.StepActing;
import th.go.sesaoret.servicedesk.request.domain.StepOutcome;
import th.go.sesaoret.servicedesk.security.domain.Role;
import th.go.sesaoret.servicedesk.shared.BusinessException;
import th.go.sesaoret.servicedesk.sla.domain.SlaCheck;

/**
 * The repair rules on the Thai calendar: Wed 25 Nov 2026 onwards (7 Dec and 10 Dec are holidays).
 */
class RepairJobTest {
  private static final Actor OTHER_TECH = Actor.of("staff2", Role.STAFF);
  private static final Actor OTHER_REQUESTER = Actor.of("somchai", Role.REQUESTER);

  private final ServiceRequest request =
      Requests.file(Requests.repair(), bangkok(2026, 11, 25, 9, 0));
  private final RepairJob job =
      RepairJob.describe(request, RepairFormTest.printer(), Channel.ONLINE);

  private StepActing at(int month, int day, int hour, int minute) {
    return StepActing.on(request, CALENDAR, bangkok(2026, month, day, hour, minute));
  }

  private static void refused(String key, Executable action) {
    assertEquals(key, assertThrows(BusinessException.class, action).key());
  }

  /** Registered 09:10, forwarded 09:20, ordered to "staff" 09:40. */
  private void ordered() {
    job.register(at(11, 25, 9, 10), CLERK, () -> "0001/2569");
    job.forward(at(11, 25, 9, 20), CLERK, Role.GROUP_DIRECTOR, null);
    job.order(at(11, 25, 9, 40), GROUP_DIRECTOR, new RepairOrder("staff", null), true, null, "ip");
  }

  private void reported() {
    ordered();
    job.accept(at(11, 25, 10, 0), STAFF);
    job.resolve(at(11, 25, 11, 0), STAFF, Resolution.REPAIRED, "เปลี่ยนลูกยาง");
    job.report(at(11, 25, 11, 30), STAFF, "ซ่อมเสร็จ ใช้งานได้ปกติ");
  }

  @Test
  void theFiveStepsRunOnTheirStandardsWithThePauseForPartsNotCounted() {
    job.register(at(11, 25, 9, 10), CLERK, () -> "0001/2569");
    assertEquals("0001/2569", job.intake().receiptNumber());
    assertEquals(bangkok(2026, 11, 25, 9, 10), job.intake().receivedAt());
    job.forward(at(11, 25, 9, 20), CLERK, Role.GROUP_DIRECTOR, "เสนอ");
    // step 3: 1 hour from 09:20
    assertEquals(bangkok(2026, 11, 25, 10, 20), request.step(3).dueAt());
    job.order(at(11, 25, 9, 40), GROUP_DIRECTOR, new RepairOrder("staff", null), true, null, "ip");
    assertEquals("staff", request.step(4).assignee());
    // step 4: 1 working day from Wed 09:40
    assertEquals(bangkok(2026, 11, 26, 9, 40), request.step(4).dueAt());

    job.accept(at(11, 25, 10, 0), STAFF);
    job.log(at(11, 25, 10, 20), STAFF, "ตรวจสอบชุดดึงกระดาษ", null, 20);
    job.pauseForParts(at(11, 25, 10, 30), STAFF, "รอลูกยางดึงกระดาษ");
    assertTrue(request.step(4).isPaused());
    assertEquals(RequestStatus.OPEN, request.status(), "a pause for parts is not a return");
    // waited one whole working day (Wed 10:30 -> Thu 10:30 = 7 office hours)
    job.resume(at(11, 26, 10, 30), STAFF, "ได้รับอะไหล่");
    assertEquals(420, request.step(4).clock().pausedWorkingMinutes());
    assertEquals(bangkok(2026, 11, 27, 9, 40), request.step(4).dueAt());
    assertEquals(1, request.step(4).round(), "a pause is not a new round");

    job.resolve(at(11, 27, 9, 0), STAFF, Resolution.REPLACED, "เปลี่ยนลูกยางดึงกระดาษ");
    assertTrue(request.step(4).onTime(), "on time once the pause is not counted");
    assertEquals("staff", request.step(5).assignee(), "the same technician reports");
    // step 5: 3 working days from Fri 09:00 = Wed 2 Dec 09:00
    assertEquals(bangkok(2026, 12, 2, 9, 0), request.step(5).dueAt());

    job.report(at(11, 27, 10, 0), STAFF, "เปลี่ยนลูกยางดึงกระดาษ ใช้งานได้ปกติ");
    assertEquals(RequestStatus.COMPLETED, request.status());
    assertTrue(request.step(5).onTime());
    assertEquals(Confirmation.PENDING, job.confirmation().state());
    assertEquals(bangkok(2026, 12, 2, 10, 0), job.confirmation().closeDueAt());

    job.confirm(REQUESTER, 5, "บริการรวดเร็ว", bangkok(2026, 11, 27, 11, 0));
    assertEquals(Confirmation.CONFIRMED, job.confirmation().state());
    assertEquals(5, job.confirmation().rating());
    assertEquals(bangkok(2026, 11, 27, 11, 0), job.confirmation().closedAt());
    assertEquals(
        java.util.List.of(
            WorkLogKind.ACCEPTED,
            WorkLogKind.WORK,
            WorkLogKind.PAUSED,
            WorkLogKind.RESUMED,
            WorkLogKind.RESOLVED,
            WorkLogKind.REPORTED),
        job.log().stream().map(WorkLogEntry::kind).toList());
  }

  @Test
  void theClerkRegistersOnceAndForwardsOnlyWhatIsRegisteredToAnApprover() {
    refused(
        "repair.intake.notRegistered",
        () -> job.forward(at(11, 25, 9, 10), CLERK, Role.GROUP_DIRECTOR, null));
    refused("request.step.notYours", () -> job.register(at(11, 25, 9, 10), STAFF, () -> "x"));
    job.register(at(11, 25, 9, 10), CLERK, () -> "0001/2569");
    refused(
        "repair.intake.alreadyRegistered",
        () -> job.register(at(11, 25, 9, 11), CLERK, () -> "0002/2569"));
    refused(
        "repair.intake.forwardTo", () -> job.forward(at(11, 25, 9, 20), CLERK, Role.STAFF, null));
    job.forward(at(11, 25, 9, 20), CLERK, Role.DIRECTOR, null);
    assertEquals(Role.DIRECTOR, job.intake().forwardedTo());
    assertEquals(3, request.currentStep().orElseThrow().order());
  }

  @Test
  void theApproverOrdersOnlyDlictStaffAndAVendorJobIsFreeToTake() {
    job.register(at(11, 25, 9, 10), CLERK, () -> "0001/2569");
    job.forward(at(11, 25, 9, 20), CLERK, Role.GROUP_DIRECTOR, null);
    refused(
        "repair.order.notTechnician",
        () ->
            job.order(
                at(11, 25, 9, 40), DIRECTOR, new RepairOrder("clerk", null), false, null, "ip"));
    refused("repair.order.required", () -> new RepairOrder(" ", null));
    refused(
        "request.step.notYours",
        () ->
            job.order(at(11, 25, 9, 40), STAFF, new RepairOrder("staff", null), true, null, "ip"));
    job.order(
        at(11, 25, 9, 40),
        DIRECTOR,
        new RepairOrder(null, "ร้านร้อยเอ็ดคอมพิวเตอร์"),
        true,
        null,
        "ip");
    assertNull(request.step(4).assignee());
    refused("request.step.notYours", () -> job.accept(at(11, 25, 10, 0), CLERK));
    job.accept(at(11, 25, 10, 0), OTHER_TECH);
    assertEquals("staff2", request.step(4).assignee());
    assertEquals("staff2", job.ordered().technician());
    assertEquals("ร้านร้อยเอ็ดคอมพิวเตอร์", job.ordered().vendor());
  }

  @Test
  void onlyTheAssignedTechnicianWorksAndOnlyAfterAccepting() {
    ordered();
    refused("request.step.notYours", () -> job.accept(at(11, 25, 10, 0), OTHER_TECH));
    refused("repair.work.notAccepted", () -> job.log(at(11, 25, 10, 0), STAFF, "ตรวจ", null, 10));
    job.accept(at(11, 25, 10, 0), STAFF);
    refused("repair.work.alreadyAccepted", () -> job.accept(at(11, 25, 10, 1), STAFF));
    refused("repair.work.notYours", () -> job.log(at(11, 25, 10, 5), OTHER_TECH, "ตรวจ", null, 10));
    refused(
        "repair.work.notYours",
        () -> job.resolve(at(11, 25, 10, 5), OTHER_TECH, Resolution.REPAIRED, null));
    refused("repair.log.workRequired", () -> job.log(at(11, 25, 10, 5), STAFF, " ", null, 10));
    refused("repair.log.minutesInvalid", () -> job.log(at(11, 25, 10, 5), STAFF, "ตรวจ", null, 0));
    refused(
        "repair.log.minutesInvalid", () -> job.log(at(11, 25, 10, 5), STAFF, "ตรวจ", null, null));
    refused(
        "repair.log.minutesInvalid", () -> job.log(at(11, 25, 10, 5), STAFF, "ตรวจ", null, 1441));
  }

  @Test
  void aPauseNeedsAReasonHappensOnceAndTheResultEndsIt() {
    ordered();
    job.accept(at(11, 25, 10, 0), STAFF);
    refused("request.hold.reasonRequired", () -> job.pauseForParts(at(11, 25, 10, 5), STAFF, " "));
    refused("request.step.notHeld", () -> job.resume(at(11, 25, 10, 5), STAFF, null));
    job.pauseForParts(at(11, 25, 10, 10), STAFF, "รออะไหล่");
    refused(
        "request.step.alreadyHeld", () -> job.pauseForParts(at(11, 25, 10, 20), STAFF, "อีกครั้ง"));
    job.log(at(11, 25, 10, 30), STAFF, "สั่งซื้ออะไหล่", "ลูกยาง 1 ชุด", 15);
    refused(
        "repair.resolution.noteRequired",
        () -> job.resolve(at(11, 25, 11, 0), STAFF, Resolution.CANNOT_FIX, null));
    refused("repair.resolution.required", () -> job.resolve(at(11, 25, 11, 0), STAFF, null, null));
    // resolving a paused job ends the pause first: 50 working minutes of waiting
    job.resolve(at(11, 25, 11, 0), STAFF, Resolution.CANNOT_FIX, "ไม่มีอะไหล่ในท้องตลาด");
    assertEquals(50, request.step(4).clock().pausedWorkingMinutes());
    assertFalse(request.step(4).isPaused());
    assertEquals(StepOutcome.COMPLETED, request.step(4).outcome());
  }

  @Test
  void theRequesterReopensOnceThenTheJobRunsAgainAndReportsAgain() {
    reported();
    refused(
        "request.notRequester", () -> job.reopen(at(11, 25, 13, 0), OTHER_REQUESTER, "ยังเสีย"));
    refused("repair.reopen.reasonRequired", () -> job.reopen(at(11, 25, 13, 0), REQUESTER, ""));
    job.reopen(at(11, 25, 13, 0), REQUESTER, "ยังมีเสียงดังอยู่");
    assertEquals(RequestStatus.OPEN, request.status());
    assertNull(request.finishedAt());
    assertEquals(4, request.currentStep().orElseThrow().order());
    assertEquals(2, request.step(4).round());
    assertEquals("staff", request.step(4).assignee(), "back to the same technician");
    assertNull(request.step(5).startedAt(), "the report waits again");
    assertNull(job.confirmation().state());
    refused("repair.confirm.notAwaiting", () -> job.confirm(REQUESTER, 4, null, Instant.now()));

    job.resolve(at(11, 25, 14, 0), STAFF, Resolution.REPAIRED, "ทำความสะอาดชุดเฟือง");
    job.report(at(11, 25, 14, 30), STAFF, "แก้ไขเสียงดังแล้ว");
    assertTrue(job.confirmation().awaits());
    assertFalse(job.confirmation().mayReopen());
    refused("repair.reopen.onlyOnce", () -> job.reopen(at(11, 25, 15, 0), REQUESTER, "อีก"));
    refused("repair.rating.invalid", () -> job.confirm(REQUESTER, 6, null, Instant.now()));
    refused("repair.rating.invalid", () -> job.confirm(REQUESTER, 0, null, Instant.now()));
    refused("request.notRequester", () -> job.confirm(OTHER_REQUESTER, 5, null, Instant.now()));
    job.confirm(REQUESTER, 4, null, bangkok(2026, 11, 25, 15, 0));
    assertEquals(Confirmation.CONFIRMED, job.confirmation().state());
  }

  @Test
  void anUnconfirmedRepairClosesItselfAfterThreeWorkingDays() {
    reported();
    // reported Wed 25 Nov 11:30 -> closes Mon 30 Nov 11:30 (3 working days: Thu, Fri, Mon)
    assertEquals(bangkok(2026, 11, 30, 11, 30), job.confirmation().closeDueAt());
    assertFalse(job.confirmation().closeIfUnconfirmed(bangkok(2026, 11, 30, 11, 29)));
    assertEquals(Confirmation.PENDING, job.confirmation().state());
    assertTrue(job.confirmation().closeIfUnconfirmed(bangkok(2026, 11, 30, 11, 30)));
    assertEquals(Confirmation.AUTO_CLOSED, job.confirmation().state());
    assertFalse(job.confirmation().closeIfUnconfirmed(bangkok(2026, 11, 30, 12, 0)), "closes once");
    refused(
        "repair.confirm.notAwaiting",
        () -> job.confirm(REQUESTER, 5, null, bangkok(2026, 11, 30, 13, 0)));
    refused(
        "repair.confirm.notAwaiting", () -> job.reopen(at(11, 30, 13, 0), REQUESTER, "ยังเสีย"));
  }

  @Test
  void eachPersonSeesOnlyTheActionsThatAreTheirsNow() {
    assertTrue(RepairActions.of(job, CLERK).register());
    assertFalse(RepairActions.of(job, CLERK).forward());
    assertFalse(RepairActions.of(job, STAFF).any());
    job.register(at(11, 25, 9, 10), CLERK, () -> "0001/2569");
    assertTrue(RepairActions.of(job, CLERK).forward());
    job.forward(at(11, 25, 9, 20), CLERK, Role.GROUP_DIRECTOR, null);
    assertTrue(RepairActions.of(job, GROUP_DIRECTOR).order());
    assertTrue(RepairActions.of(job, DIRECTOR).order(), "the director may approve too");
    assertFalse(RepairActions.of(job, CLERK).any());
    job.order(at(11, 25, 9, 40), GROUP_DIRECTOR, new RepairOrder("staff", null), true, null, "ip");
    assertTrue(RepairActions.of(job, STAFF).accept());
    assertFalse(RepairActions.of(job, OTHER_TECH).any(), "not assigned to the other technician");
    job.accept(at(11, 25, 10, 0), STAFF);
    assertTrue(RepairActions.of(job, STAFF).work());
    job.pauseForParts(at(11, 25, 10, 10), STAFF, "รออะไหล่");
    assertTrue(RepairActions.of(job, STAFF).held());
    job.resolve(at(11, 25, 11, 0), STAFF, Resolution.REPAIRED, null);
    assertTrue(RepairActions.of(job, STAFF).report());
    job.report(at(11, 25, 11, 30), STAFF, "เรียบร้อย");
    assertTrue(RepairActions.of(job, REQUESTER).confirm());
    assertTrue(RepairActions.of(job, REQUESTER).reopen());
    assertFalse(RepairActions.of(job, OTHER_REQUESTER).any());
  }

  /**
   * Issue 8 finding 8: a reopened repair is a new round; the first round's pause is not its own.
   */
  @Test
  void aReopenedRepairCountsOnlyItsOwnPausesSoTheWarningComesInTheNewRound() {
    ordered();
    job.accept(at(11, 25, 10, 0), STAFF);
    job.pauseForParts(at(11, 25, 10, 30), STAFF, "รอลูกยางดึงกระดาษ");
    job.resume(at(11, 26, 10, 30), STAFF, "ได้รับอะไหล่"); // 420 office minutes for parts
    job.resolve(at(11, 26, 11, 0), STAFF, Resolution.REPLACED, "เปลี่ยนลูกยาง");
    job.report(at(11, 26, 11, 30), STAFF, "ใช้งานได้ปกติ");

    job.reopen(at(11, 26, 13, 0), REQUESTER, "ยังมีเสียงดังอยู่");

    var step = request.step(4);
    assertEquals(2, step.round());
    assertEquals(0, step.clock().pausedWorkingMinutes(), "the new round has not paused yet");
    // round 2: Thu 13:00 + 1 working day = Fri 13:00; at Fri 10:50, 350 of 420 minutes (83%) gone
    assertEquals(bangkok(2026, 11, 27, 13, 0), step.dueAt());
    assertEquals(
        SlaCheck.Outcome.WARN,
        SlaCheck.at(
            CALENDAR,
            bangkok(2026, 11, 27, 10, 50),
            step.startedAt(),
            step.dueAt(),
            step.clock().pausedWorkingMinutes(),
            step.clock().warnedAt() != null,
            step.clock().escalatedAt() != null));
  }

  /**
   * Issue 8 finding 9: the technician returns the job at step 4, the requester corrects it, the
   * approver orders it to another technician: a new order starts a new acceptance.
   */
  @Test
  void aNewOrderAfterACorrectionStartsANewAcceptance() {
    ordered();
    job.accept(at(11, 25, 10, 0), STAFF);
    at(11, 25, 10, 10)
        .returnForCorrection(
            request.step(RepairJob.REPAIR).order(), STAFF, "ระบุเลขครุภัณฑ์ให้ถูกต้อง");
    RepairForm corrected =
        new RepairForm(
            RepairKind.HARDWARE,
            EquipmentType.PRINTER,
            "7440-001-0002/2565",
            "vnb3k12345",
            "อาคารอำนวยการ ชั้น 2",
            "ห้องกลุ่มบริหารงานบุคคล",
            "เครื่องพิมพ์ไม่ดึงกระดาษ มีเสียงดังผิดปกติ",
            Urgency.URGENT,
            "08-1234-5678");
    var back = job.correct(at(11, 25, 10, 30), REQUESTER, corrected);
    assertEquals(RepairJob.APPROVAL, back.key(), "the changed form voids the order");
    assertNull(job.work().acceptedAt(), "the voided order's acceptance is gone");

    job.order(
        at(11, 25, 10, 40), GROUP_DIRECTOR, new RepairOrder("staff2", null), true, null, "ip");

    refused(
        "repair.work.notAccepted", () -> job.log(at(11, 25, 10, 45), OTHER_TECH, "ตรวจ", null, 10));
    job.accept(at(11, 25, 10, 50), OTHER_TECH);
    assertEquals(bangkok(2026, 11, 25, 10, 50), job.work().acceptedAt());
    assertEquals("staff2", job.ordered().technician());
    job.log(at(11, 25, 11, 0), OTHER_TECH, "ตรวจชุดดึงกระดาษ", null, 10);
  }
}
