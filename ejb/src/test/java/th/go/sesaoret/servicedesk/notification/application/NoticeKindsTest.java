package th.go.sesaoret.servicedesk.notification.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Proxy;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import th.go.sesaoret.servicedesk.notification.domain.InboxEntry;
import th.go.sesaoret.servicedesk.notification.domain.NoticeKind;
import th.go.sesaoret.servicedesk.notification.domain.NoticeKind.Item;
import th.go.sesaoret.servicedesk.notification.domain.NoticeText;
import th.go.sesaoret.servicedesk.notification.domain.RequestNotice;
import th.go.sesaoret.servicedesk.notification.domain.WorkflowNotice;
import th.go.sesaoret.servicedesk.repair.domain.RepairNotice;
import th.go.sesaoret.servicedesk.security.domain.Role;

/**
 * Notice kinds are open: a service's own kind (here a test-only booking notice) resolves by its
 * stored name, is worded from its own bundle and keyed and stored like the engine's, with no change
 * to notification's code; the application's kinds ask for what they asked for as one enum.
 */
class NoticeKindsTest {
  private static final Locale THAI = Locale.forLanguageTag("th");

  private final NoticeKinds kinds =
      NoticeKinds.listing(WorkflowNotice.values(), RepairNotice.values(), BookingNotice.values());

  @Test
  void aServicesOwnKindResolvesByItsStoredName() {
    assertSame(BookingNotice.BOOKING_MOVED, kinds.of("BOOKING_MOVED"));
    assertSame(WorkflowNotice.RETURNED, kinds.of("RETURNED"));
    assertSame(RepairNotice.REPAIR_DONE, kinds.of("REPAIR_DONE"));
    assertEquals(Optional.empty(), kinds.named("NO_SUCH_KIND"));
    assertThrows(IllegalArgumentException.class, () -> kinds.of("NO_SUCH_KIND"));
    assertEquals(14, kinds.all().size());
  }

  @Test
  void aServicesOwnKindIsWordedFromItsOwnBundle() {
    assertEquals(
        "The booking of request ว.0001/2569 has moved (step 3)",
        NoticeText.what(BookingNotice.BOOKING_MOVED, "ว.0001/2569", 3, Locale.ENGLISH));
    assertEquals(
        "การจองห้องประชุมของคำขอเลขที่ ว.0001/2569 ถูกเลื่อน (ขั้นตอนที่ 3)",
        NoticeText.what(BookingNotice.BOOKING_MOVED, "ว.0001/2569", 3, THAI));
    NoticeText mail =
        NoticeText.of(BookingNotice.BOOKING_MOVED, "ว.0001/2569", 3, 8, "en", "http://x");
    assertEquals(
        "[DLICT Service Desk] Request ว.0001/2569: The booking of request ว.0001/2569 has moved"
            + " (step 3)",
        mail.subject());
    assertEquals("Booking moved", kinds.shortName("BOOKING_MOVED", Locale.ENGLISH));
    assertEquals("เลื่อนการจอง", kinds.shortName("BOOKING_MOVED", THAI));
  }

  @Test
  void anUnknownKindIsNamedByItsCode() {
    assertEquals("NO_SUCH_KIND", kinds.shortName("NO_SUCH_KIND", Locale.ENGLISH));
    assertEquals("Approval needed", kinds.shortName("APPROVAL_NEEDED", Locale.ENGLISH));
  }

  @Test
  void aServicesOwnKindIsKeyedAndStoredLikeTheEngines() {
    RequestNotice notice =
        RequestNotice.toUser(BookingNotice.BOOKING_MOVED, 5, "ว.0005/2569", 2, 1, "staff");
    assertEquals("BOOKING_MOVED:5:2:1:staff", notice.noticeKey());
    RequestNotice approval =
        RequestNotice.toRole(
            WorkflowNotice.APPROVAL_NEEDED, 5, "ว.0005/2569", 3, 1, Role.GROUP_DIRECTOR);
    assertEquals("APPROVAL_NEEDED:5:3:1:GROUP_DIRECTOR", approval.noticeKey());
    InboxEntry entry = new InboxEntry("staff", notice, Instant.EPOCH);
    assertSame(BookingNotice.BOOKING_MOVED, entry.kind());
    assertEquals(notice.noticeKey(), entry.noticeKey());
    assertTrue(kinds.asking(Item.STEP).contains(BookingNotice.BOOKING_MOVED));
    assertTrue(kinds.askingRecipient(Item.STEP).contains(BookingNotice.BOOKING_MOVED));
  }

  @Test
  void theApplicationsKindsAskForWhatTheyAskedForAsOneEnum() {
    NoticeKinds app = NoticeKinds.listing(WorkflowNotice.values(), RepairNotice.values());
    assertEquals(
        Set.of(
            WorkflowNotice.APPROVAL_NEEDED,
            WorkflowNotice.STEP_WAITING,
            WorkflowNotice.SLA_WARNING,
            WorkflowNotice.SLA_ESCALATION,
            RepairNotice.REPAIR_REOPENED),
        app.asking(Item.STEP));
    assertEquals(Set.of(WorkflowNotice.RETURNED), app.asking(Item.CORRECTION));
    // the inbox's "waiting for me": the SLA notices tell about a step, they do not ask the reader
    assertEquals(
        Set.of(
            WorkflowNotice.APPROVAL_NEEDED,
            WorkflowNotice.STEP_WAITING,
            RepairNotice.REPAIR_REOPENED),
        app.askingRecipient(Item.STEP));
    assertEquals(Set.of(WorkflowNotice.RETURNED), app.askingRecipient(Item.CORRECTION));
    Set<NoticeKind> approvals =
        Set.of(
            WorkflowNotice.APPROVAL_NEEDED,
            WorkflowNotice.APPROVED,
            WorkflowNotice.REJECTED,
            WorkflowNotice.RETURNED);
    for (NoticeKind kind : app.all()) {
      assertEquals(
          approvals.contains(kind), kind.queue() == NoticeKind.Queue.APPROVAL, kind.name());
    }
  }

  @Test
  void twoKindsOfOneNameAreRefused() {
    NoticeKind twin =
        (NoticeKind)
            Proxy.newProxyInstance(
                NoticeKind.class.getClassLoader(),
                new Class<?>[] {NoticeKind.class},
                (proxy, method, args) -> "name".equals(method.getName()) ? "APPROVED" : null);
    List<NoticeKind> both = List.of(WorkflowNotice.APPROVED, twin);
    assertThrows(IllegalStateException.class, () -> new NoticeKinds(both));
  }
}
