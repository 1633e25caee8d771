package th.go.sesaoret.servicedesk.request.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static th.go.sesaoret.servicedesk.request.domain.Requests.CALENDAR;
import static th.go.sesaoret.servicedesk.request.domain.Requests.bangkok;

import java.time.Instant;
import java.util.EnumSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import th.go.sesaoret.servicedesk.security.domain.Role;
import th.go.sesaoret.servicedesk.shared.BusinessException;

class StepActingTest {
  private static final Instant FILED = bangkok(2026, 11, 25, 9, 0);

  private final ServiceRequest repair = Requests.file(Requests.repair(), FILED);

  private StepActing at(int hour, int minute) {
    return StepActing.on(repair, CALENDAR, bangkok(2026, 11, 25, hour, minute));
  }

  private static void refused(String key, Executable action) {
    assertEquals(key, assertThrows(BusinessException.class, action).key());
  }

  @Test
  void theRepairRunsToCompletionRecordingOnTimeAndLate() {
    at(9, 20).complete(2, Requests.CLERK, "รับเรื่อง");
    Approval approval = at(9, 30).approve(3, Requests.GROUP_DIRECTOR, "อนุมัติ", "10.0.0.1");
    assertEquals(repair.contentSha256(), approval.contentSha256());
    assertNull(approval.actingFor());
    at(10, 0).complete(4, Requests.STAFF, null);
    StepActing.on(repair, CALENDAR, bangkok(2026, 11, 30, 10, 30)).complete(5, Requests.STAFF, "");

    assertEquals(RequestStatus.COMPLETED, repair.status());
    assertTrue(repair.step(2).onTime());
    assertEquals(0L, repair.step(2).lateByMinutes());
    // report started Wed 25 Nov 10:00 + 3 working days = Mon 30 Nov 10:00; done 10:30
    assertFalse(repair.step(5).onTime());
    assertEquals(30L, repair.step(5).lateByMinutes());
    assertTrue(repair.currentStep().isEmpty());
  }

  @Test
  void onlyTheCurrentStepActsAndOnlyOnce() {
    refused("request.step.notCurrent", () -> at(9, 10).complete(4, Requests.STAFF, null));
    refused("request.step.alreadyFinished", () -> at(9, 10).complete(1, Requests.REQUESTER, null));
    at(9, 10).complete(2, Requests.CLERK, null);
    refused("request.step.alreadyFinished", () -> at(9, 11).complete(2, Requests.CLERK, null));
  }

  @Test
  void onlyTheStepsRoleActsButTheDirectorMayApproveForTheGroupDirector() {
    at(9, 10).complete(2, Requests.CLERK, null);
    refused("request.step.notYours", () -> at(9, 20).approve(3, Requests.STAFF, null, "ip"));
    refused("request.step.notYours", () -> at(9, 20).approve(3, Requests.DEPUTY, null, "ip"));
    refused("request.step.needsApproval", () -> at(9, 20).complete(3, Requests.DIRECTOR, null));
    Approval a = at(9, 20).approve(3, Requests.DIRECTOR, null, "ip");
    assertEquals("director", a.approver());
    refused("request.step.notApproval", () -> at(9, 30).approve(4, Requests.STAFF, null, "ip"));
  }

  @Test
  void anActingOfficialApprovesAndTheApprovalSaysSo() {
    at(9, 10).complete(2, Requests.CLERK, null);
    Actor acting = new Actor("staff", Set.of(Role.STAFF), Set.of(Role.DIRECTOR));
    Approval a = at(9, 20).approve(3, acting, null, "ip");
    assertEquals(Role.DIRECTOR, a.actingFor());
  }

  @Test
  void anAssignedStepIsTheAssigneesAlone() {
    at(9, 10).complete(2, Requests.CLERK, null);
    at(9, 20).approve(3, Requests.GROUP_DIRECTOR, null, "ip");
    refused("request.step.notYours", () -> at(9, 25).reassign(4, Requests.CLERK, "staff2"));
    at(9, 25).reassign(4, Requests.STAFF, "staff2");
    refused("request.step.notYours", () -> at(9, 30).complete(4, Requests.STAFF, null));
    at(9, 30).complete(4, Actor.of("staff2", Role.STAFF), null);
    at(9, 40).reassign(5, Actor.of("admin", Role.ADMIN), "staff");
    assertEquals("staff", repair.step(5).assignee());
  }

  @Test
  void rejectingNeedsAReasonAndEndsTheRequest() {
    at(9, 10).complete(2, Requests.CLERK, null);
    refused(
        "request.reject.reasonRequired", () -> at(9, 20).reject(3, Requests.DIRECTOR, " ", "ip"));
    Approval no = at(9, 20).reject(3, Requests.GROUP_DIRECTOR, "ไม่ใช่ครุภัณฑ์ของสำนักงาน", "ip");
    assertEquals(ApprovalDecision.REJECTED, no.decision());
    assertEquals(RequestStatus.REJECTED, repair.status());
    assertEquals(StepOutcome.REJECTED, repair.step(3).outcome());
    refused("request.finished", () -> at(9, 30).complete(4, Requests.STAFF, null));
  }

  @Test
  void aReturnPausesTheClockAndTheResubmissionPushesTheDueTime() {
    at(9, 10).complete(2, Requests.CLERK, null);
    StepInstance approve = repair.step(3);
    assertEquals(bangkok(2026, 11, 25, 10, 10), approve.dueAt());
    at(9, 20).returnForCorrection(3, Requests.GROUP_DIRECTOR, "ระบุเลขครุภัณฑ์");
    assertEquals(RequestStatus.RETURNED, repair.status());
    assertEquals("ระบุเลขครุภัณฑ์", approve.comment(), "the requester sees what to correct");
    refused(
        "request.waitingForCorrection", () -> at(9, 30).approve(3, Requests.DIRECTOR, null, "ip"));
    refused("request.notRequester", () -> at(9, 30).resubmit(Requests.CLERK, "x", "y"));

    at(11, 20).resubmit(Requests.REQUESTER, "เครื่องพิมพ์เสีย", "ครุภัณฑ์ 7440-001");

    assertEquals(RequestStatus.OPEN, repair.status());
    assertEquals(2, approve.round());
    assertEquals(120, approve.clock().pausedWorkingMinutes());
    assertEquals(bangkok(2026, 11, 25, 13, 10), approve.dueAt(), "10:10 + 2h of office time");
  }

  @Test
  void changedContentVoidsAnEarlierApprovalAndThatStepRunsAgain() {
    ServiceRequest pub = Requests.file(Requests.publication(), FILED);
    StepActing.on(pub, CALENDAR, bangkok(2026, 11, 25, 10, 0))
        .approve(3, Requests.DEPUTY, null, "ip");
    Approval first = pub.approvals().get(0);
    StepActing later = StepActing.on(pub, CALENDAR, bangkok(2026, 11, 25, 11, 0));
    later.returnForCorrection(4, Requests.DIRECTOR, "แก้ชื่อเรื่อง");
    refused("request.cancel.afterApproval", () -> later.cancel(Requests.REQUESTER, null));

    StepInstance back = later.resubmit(Requests.REQUESTER, "ชื่อเรื่องใหม่", "ห้องธุรการ");

    assertTrue(first.isVoid());
    assertEquals(3, back.order());
    assertEquals(2, back.round());
    assertNull(back.outcome());
    assertNull(pub.step(4).startedAt(), "the signing step waits again");
    assertEquals(3, pub.currentStep().orElseThrow().order());
  }

  @Test
  void unchangedContentKeepsTheApproval() {
    ServiceRequest pub = Requests.file(Requests.publication(), FILED);
    StepActing act = StepActing.on(pub, CALENDAR, bangkok(2026, 11, 25, 10, 0));
    act.approve(3, Requests.DEPUTY, null, "ip");
    act.returnForCorrection(4, Requests.DEPUTY, "ตรวจอีกครั้ง");
    act.resubmit(Requests.REQUESTER, pub.title(), pub.description());
    assertFalse(pub.approvals().get(0).isVoid());
    assertEquals(4, pub.currentStep().orElseThrow().order());
  }

  /**
   * The work queue relies on it (it reads the steps in progress, never the open requests): a step
   * runs (started, neither finished nor paused) only while its request is open, and then only one.
   */
  @Test
  void aStepRunsOnlyWhileItsRequestIsOpen() {
    assertRunsWhileOpen(repair);
    at(9, 10).complete(2, Requests.CLERK, null);
    at(9, 20).returnForCorrection(3, Requests.GROUP_DIRECTOR, "ระบุเลขครุภัณฑ์");
    assertEquals(0, running(repair), "returned: the step waits, paused");
    assertRunsWhileOpen(repair);
    at(9, 30).resubmit(Requests.REQUESTER, "เครื่องพิมพ์เสีย", "ครุภัณฑ์ 7440-001");
    assertRunsWhileOpen(repair);
    at(9, 40).reject(3, Requests.GROUP_DIRECTOR, "ไม่ใช่ครุภัณฑ์ของสำนักงาน", "ip");
    assertEquals(0, running(repair), "rejected");
    assertRunsWhileOpen(repair);

    ServiceRequest returned = Requests.file(Requests.repair(), FILED);
    StepActing act = StepActing.on(returned, CALENDAR, bangkok(2026, 11, 25, 9, 30));
    act.complete(2, Requests.CLERK, null);
    act.returnForCorrection(3, Requests.GROUP_DIRECTOR, "แก้ไข");
    act.cancel(Requests.REQUESTER, "ไม่ซ่อมแล้ว");
    assertEquals(0, running(returned), "cancelled while returned");
    assertRunsWhileOpen(returned);

    ServiceRequest done = Requests.file(Requests.repair(), FILED);
    StepActing work = StepActing.on(done, CALENDAR, bangkok(2026, 11, 25, 10, 0));
    work.complete(2, Requests.CLERK, null);
    work.approve(3, Requests.GROUP_DIRECTOR, null, "ip");
    work.hold(4, Requests.STAFF, "รออะไหล่");
    assertEquals(0, running(done), "held for parts: paused, the request still open");
    work.release(4, Requests.STAFF);
    assertRunsWhileOpen(done);
    work.complete(4, Requests.STAFF, null);
    work.complete(5, Requests.STAFF, null);
    assertEquals(0, running(done), "completed");
    assertRunsWhileOpen(done);
    work.reopenCompleted(Requests.REQUESTER, 4);
    assertRunsWhileOpen(done);
    assertEquals(1, running(done), "reopened: the repair runs again");
  }

  private static long running(ServiceRequest r) {
    return r.steps().stream()
        .filter(s -> s.startedAt() != null && s.finishedAt() == null && !s.isPaused())
        .count();
  }

  private static void assertRunsWhileOpen(ServiceRequest r) {
    long running = running(r);
    assertTrue(running <= 1, "one step runs at a time");
    if (running > 0) {
      assertEquals(RequestStatus.OPEN, r.status(), "a running step's request is open");
    }
  }

  @Test
  void theRequesterCancelsBeforeApprovalOnly() {
    refused("request.cancel.notRequester", () -> at(9, 10).cancel(Requests.CLERK, null));
    at(9, 10).cancel(Requests.REQUESTER, "ซ่อมเองได้แล้ว");
    assertEquals(RequestStatus.CANCELLED, repair.status());
    assertEquals(StepOutcome.CANCELLED, repair.step(2).outcome());
    refused("request.finished", () -> at(9, 20).cancel(Requests.REQUESTER, null));
  }

  @Test
  void aRequesterStepLaterOnIsTheRequestersOwn() {
    ServiceRequest pub = Requests.file(Requests.publication(), FILED);
    StepActing act = StepActing.on(pub, CALENDAR, bangkok(2026, 11, 25, 10, 0));
    act.approve(3, Requests.DEPUTY, null, "ip");
    act.approve(4, Requests.DIRECTOR, null, "ip");
    act.complete(5, Requests.STAFF, "ร่างแล้ว");
    refused(
        "request.step.notYours", () -> act.complete(6, Actor.of("other", Role.REQUESTER), null));
    act.complete(6, Requests.REQUESTER, "ถูกต้อง");
    assertEquals(7, pub.currentStep().orElseThrow().order());
  }

  @Test
  void aCheckSendsTheWorkBackToTheStepBeforeItWithWhatToCorrect() {
    ServiceRequest pub = Requests.file(Requests.publication(), FILED);
    StepActing act = StepActing.on(pub, CALENDAR, bangkok(2026, 11, 25, 10, 0));
    act.approve(3, Requests.DEPUTY, null, "ip");
    act.approve(4, Requests.DEPUTY, null, "ip");
    act.reassign(5, Requests.STAFF, "staff");
    act.complete(5, Requests.STAFF, null);
    int round = pub.step(5).round();
    refused("request.sendBack.commentRequired", () -> act.sendBack(6, Requests.REQUESTER, " "));
    refused(
        "request.step.notYours",
        () -> act.sendBack(6, Actor.of("other", Role.REQUESTER), "แก้ชื่อโรงเรียน"));
    StepInstance back =
        StepActing.on(pub, CALENDAR, bangkok(2026, 11, 25, 11, 0))
            .sendBack(6, Requests.REQUESTER, "แก้ชื่อโรงเรียน");
    assertEquals(5, back.order());
    assertEquals(5, pub.currentStep().orElseThrow().order());
    assertTrue(back.isOpen());
    assertEquals(round + 1, back.round(), "the step before runs again as its next round");
    assertEquals("staff", back.assignee(), "with the same assignee");
    assertEquals("แก้ชื่อโรงเรียน", back.comment());
    assertFalse(pub.step(6).isOpen(), "the check waits again");
    assertNull(pub.step(6).finishedAt());
    assertEquals(2, pub.approvals().stream().filter(a -> !a.isVoid()).count(), "approvals stand");
    // not back onto an approval
    refused("request.sendBack.noPrevious", () -> act.sendBack(5, Requests.STAFF, "ขอแก้"));
  }

  /**
   * Issue 8 finding 8: a changed resubmission runs the held step again later as a new round, which
   * counts only its own pauses.
   */
  @Test
  void aStepThatRunsAgainAfterAChangedResubmissionStartsWithoutTheEarlierPauses() {
    at(9, 10).complete(2, Requests.CLERK, null);
    at(9, 20).approve(3, Requests.GROUP_DIRECTOR, null, "ip");
    at(9, 30).hold(4, Requests.STAFF, "รออะไหล่");
    at(10, 30).release(4, Requests.STAFF);
    assertEquals(60, repair.step(4).clock().pausedWorkingMinutes());
    at(10, 40).returnForCorrection(4, Requests.STAFF, "ระบุเลขครุภัณฑ์");
    at(11, 0).resubmit(Requests.REQUESTER, "เครื่องพิมพ์เสีย ห้อง 101", "ครุภัณฑ์ 7440-001");
    assertEquals(3, repair.currentStep().orElseThrow().order());

    at(11, 10).approve(3, Requests.GROUP_DIRECTOR, null, "ip");

    StepInstance again = repair.step(4);
    assertEquals(2, again.round(), "the repair step runs as its second round");
    assertEquals(0, again.clock().pausedWorkingMinutes());
    assertEquals(bangkok(2026, 11, 26, 11, 10), again.dueAt());
  }

  /** Issue 8 finding 10: due at 12:00, done at 12:30 (lunch): not one office minute late. */
  @Test
  void aStepDueAtNoonAndDoneDuringLunchIsOnTime() {
    ServiceRequest r = Requests.file(Requests.repair(), bangkok(2026, 11, 25, 11, 30));
    assertEquals(bangkok(2026, 11, 25, 12, 0), r.step(2).dueAt());

    StepActing.on(r, CALENDAR, bangkok(2026, 11, 25, 12, 30)).complete(2, Requests.CLERK, null);

    assertTrue(r.step(2).onTime());
    assertEquals(0L, r.step(2).lateByMinutes());
  }

  /** Issue 8 finding 10: one office minute after a noon due time (13:01) is late by 1 minute. */
  @Test
  void aStepDueAtNoonIsLateFromTheFirstOfficeMinuteAfterLunch() {
    ServiceRequest onTime = Requests.file(Requests.repair(), bangkok(2026, 11, 25, 11, 30));
    StepActing.on(onTime, CALENDAR, bangkok(2026, 11, 25, 13, 0)).complete(2, Requests.CLERK, null);
    ServiceRequest late = Requests.file(Requests.repair(), bangkok(2026, 11, 25, 11, 30));
    StepActing.on(late, CALENDAR, bangkok(2026, 11, 25, 13, 1)).complete(2, Requests.CLERK, null);

    assertTrue(onTime.step(2).onTime(), "13:00 is the same office moment as 12:00");
    assertFalse(late.step(2).onTime());
    assertEquals(1L, late.step(2).lateByMinutes());
  }

  @Test
  void whatEachPersonMayDoFollowsTheRulesTheActionsEnforce() {
    ServiceRequest pub = Requests.file(Requests.publication(), FILED);
    StepActing act = StepActing.on(pub, CALENDAR, bangkok(2026, 11, 25, 10, 0));
    Actor otherRequester = Actor.of("other", Role.REQUESTER);
    Actor actingDeputy = new Actor("staff", Set.of(Role.STAFF), Set.of(Role.DEPUTY_DIRECTOR));

    // step 3, the deputy director's: the deputy, the director and an acting official sign
    Set<StepAction> signs = EnumSet.of(StepAction.APPROVE, StepAction.REJECT, StepAction.RETURN);
    assertEquals(signs, act.allowed(Requests.DEPUTY));
    assertEquals(signs, act.allowed(Requests.DIRECTOR));
    assertEquals(signs, act.allowed(actingDeputy));
    assertEquals(Set.of(), act.allowed(Requests.GROUP_DIRECTOR));
    assertEquals(Set.of(), act.allowed(Requests.STAFF));
    assertEquals(EnumSet.of(StepAction.CANCEL), act.allowed(Requests.REQUESTER));
    assertEquals(Set.of(), act.allowed(otherRequester));

    act.approve(3, Requests.DEPUTY, null, "ip");
    act.approve(4, Requests.DIRECTOR, null, "ip");
    assertEquals(EnumSet.of(StepAction.COMPLETE, StepAction.RETURN), act.allowed(Requests.STAFF));
    assertEquals(Set.of(), act.allowed(Requests.REQUESTER), "approved: no more cancelling");
    act.complete(5, Requests.STAFF, "ร่างแล้ว");

    // step 6 is the requester's own, in the middle of the flow: theirs alone, no return
    assertEquals(EnumSet.of(StepAction.COMPLETE), act.allowed(Requests.REQUESTER));
    assertEquals(Set.of(), act.allowed(otherRequester));
    assertEquals(Set.of(), act.allowed(Requests.STAFF));
    assertEquals(Set.of(), act.allowed(Requests.DIRECTOR));
    act.complete(6, Requests.REQUESTER, "ถูกต้อง");
    assertEquals(EnumSet.of(StepAction.COMPLETE, StepAction.RETURN), act.allowed(Requests.STAFF));
  }

  @Test
  void anAssignedStepIsOfferedToItsAssigneeAndAReturnedRequestToItsRequester() {
    at(9, 10).complete(2, Requests.CLERK, null);
    at(9, 20).approve(3, Requests.GROUP_DIRECTOR, null, "ip");
    at(9, 25).reassign(4, Requests.STAFF, "staff2");
    assertEquals(
        EnumSet.of(StepAction.COMPLETE, StepAction.RETURN),
        at(9, 30).allowed(Actor.of("staff2", Role.STAFF)));
    assertEquals(Set.of(), at(9, 30).allowed(Requests.STAFF));

    at(9, 40).returnForCorrection(4, Actor.of("staff2", Role.STAFF), "ระบุห้อง");
    assertEquals(Set.of(), at(9, 45).allowed(Actor.of("staff2", Role.STAFF)), "clock paused");
    assertEquals(EnumSet.of(StepAction.CORRECT), at(9, 45).allowed(Requests.REQUESTER));
  }

  @Test
  void atAStepTheServiceActsOnItselfTheEngineOffersNeitherCompleteNorApprove() {
    Set<String> own = Set.of("repair.intake", "repair.order");
    StepActing act = StepActing.on(repair, CALENDAR, bangkok(2026, 11, 25, 9, 10), own::contains);
    assertTrue(act.isOwnStep(2));
    assertFalse(act.isOwnStep(1), "by key: the form step is not the service's own");
    assertEquals(EnumSet.of(StepAction.RETURN), act.allowed(Requests.CLERK));
    assertEquals(
        EnumSet.of(StepAction.COMPLETE, StepAction.RETURN), at(9, 10).allowed(Requests.CLERK));

    act.complete(2, Requests.CLERK, "ลงรับ");
    assertEquals(
        EnumSet.of(StepAction.REJECT, StepAction.RETURN), act.allowed(Requests.GROUP_DIRECTOR));
    assertEquals(
        EnumSet.of(StepAction.APPROVE, StepAction.REJECT, StepAction.RETURN),
        at(9, 20).allowed(Requests.GROUP_DIRECTOR));
  }
}
