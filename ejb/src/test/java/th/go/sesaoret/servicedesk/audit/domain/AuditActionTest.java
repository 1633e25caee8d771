package th.go.sesaoret.servicedesk.audit.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import th.go.sesaoret.servicedesk.audit.domain.AuditEntry.Fact;
import th.go.sesaoret.servicedesk.repair.domain.RepairAuditAction;
import th.go.sesaoret.servicedesk.request.domain.RequestAuditAction;

/**
 * Refusals are told apart from actions with their reason's key, and only the person's own words in
 * an action's detail are a note (each feature's actions say which part that is).
 */
class AuditActionTest {
  @Test
  void aRefusalIsToldApartFromAnActionAndKeepsItsReason() {
    AuditEntry refused =
        entry(
            Fact.of("STEP_COMPLETE", 1L, "ผ.0001/2569 step 6")
                .states("OPEN@6", null)
                .detail("request.step.notYours 6"));
    assertTrue(refused.isRefusal());
    assertEquals("request.step.notYours", refused.refusalKey());
    assertEquals(List.of("6"), refused.refusalArgs());

    AuditEntry done =
        entry(
            Fact.of("STEP_COMPLETE", 1L, "ผ.0001/2569 step 6")
                .states("OPEN@6", "OPEN@7")
                .detail("ถูกต้อง"));
    assertFalse(done.isRefusal());
    AuditEntry viewRefused =
        entry(Fact.of("REQUEST_VIEW", 1L, "request 1").detail("request.notVisible"));
    assertTrue(viewRefused.isRefusal());
    assertEquals(List.of(), viewRefused.refusalArgs());
  }

  @Test
  void onlyThePersonsOwnWordsAreANote() {
    assertEquals("ถูกต้อง", RequestAuditAction.STEP_COMPLETE.note("ถูกต้อง"));
    assertNull(RequestAuditAction.STEP_APPROVE.note("sha256=abc actingFor=null"));
    assertNull(RepairAuditAction.REPAIR_ORDER.note("sha256=abc technician=staff vendor=null"));
    assertEquals(
        "ไม่ใช่ครุภัณฑ์ของสำนักงาน",
        RequestAuditAction.STEP_REJECT.note("sha256=abc reason=ไม่ใช่ครุภัณฑ์ของสำนักงาน"));
    assertNull(RepairAuditAction.REPAIR_FORWARD.note("to GROUP_DIRECTOR"));
    assertEquals("รออะไหล่", RepairAuditAction.REPAIR_PAUSE.note(" รออะไหล่ "));
    assertNull(AuditAction.Note.WORDS.of(" "));
    assertNull(AuditAction.Note.AFTER_REASON.of("sha256=abc"));
  }

  private static AuditEntry entry(Fact fact) {
    return new AuditEntry(Instant.EPOCH, "requester", "192.0.2.1", fact);
  }
}
