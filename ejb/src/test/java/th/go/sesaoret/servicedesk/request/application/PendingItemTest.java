package th.go.sesaoret.servicedesk.request.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static th.go.sesaoret.servicedesk.request.domain.Requests.CALENDAR;
import static th.go.sesaoret.servicedesk.request.domain.Requests.bangkok;

import java.time.Instant;
import java.util.Optional;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import th.go.sesaoret.servicedesk.notification.domain.NoticeKind.Item;
import th.go.sesaoret.servicedesk.notification.domain.StepHandled;
import th.go.sesaoret.servicedesk.request.domain.Actor;
import th.go.sesaoret.servicedesk.request.domain.Requests;
import th.go.sesaoret.servicedesk.request.domain.ServiceRequest;
import th.go.sesaoret.servicedesk.request.domain.StepActing;
import th.go.sesaoret.servicedesk.security.domain.Role;

/** Issue 8 finding 16: which action handles what the notices asked for, and in which position. */
class PendingItemTest {
  private static final Instant NOW = bangkok(2026, 11, 25, 10, 0);

  private final ServiceRequest repair =
      Requests.file(Requests.repair(), bangkok(2026, 11, 25, 9, 0));

  private Optional<StepHandled> act(Actor who, Consumer<StepActing> action) {
    Optional<PendingItem> before = PendingItem.of(repair);
    action.accept(StepActing.on(repair, CALENDAR, NOW));
    return PendingItem.handled(1L, before, repair, who, NOW);
  }

  @Test
  void finishingTheStepHandlesItsRoundInTheActorsPosition() {
    StepHandled h = act(Requests.CLERK, a -> a.complete(2, Requests.CLERK, null)).orElseThrow();

    assertEquals(2, h.stepOrder());
    assertEquals(1, h.round());
    assertEquals(Item.STEP, h.item());
    assertEquals("clerk", h.by());
    assertEquals(Role.CLERK, h.as());
  }

  @Test
  void theDirectorApprovingForTheGroupDirectorHandlesItAsDirector() {
    StepActing.on(repair, CALENDAR, NOW).complete(2, Requests.CLERK, null);

    StepHandled h =
        act(Requests.DIRECTOR, a -> a.approve(3, Requests.DIRECTOR, null, "ip")).orElseThrow();

    assertEquals(3, h.stepOrder());
    assertEquals(Role.DIRECTOR, h.as());
  }

  @Test
  void aReturnHandlesTheStepAndTheResubmissionHandlesTheCorrection() {
    StepActing.on(repair, CALENDAR, NOW).complete(2, Requests.CLERK, null);

    StepHandled returned =
        act(
                Requests.GROUP_DIRECTOR,
                a -> a.returnForCorrection(3, Requests.GROUP_DIRECTOR, "ระบุเลขครุภัณฑ์"))
            .orElseThrow();
    StepHandled corrected =
        act(
                Requests.REQUESTER,
                a -> a.resubmit(Requests.REQUESTER, "เครื่องพิมพ์เสีย", "ห้องธุรการ"))
            .orElseThrow();

    assertEquals(Item.STEP, returned.item());
    assertEquals(Role.GROUP_DIRECTOR, returned.as());
    assertEquals(Item.CORRECTION, corrected.item());
    assertEquals(3, corrected.stepOrder());
    assertEquals(1, corrected.round());
    assertEquals(Role.REQUESTER, corrected.as());
  }

  @Test
  void aHoldForPartsOrAReassignmentHandlesNothing() {
    StepActing.on(repair, CALENDAR, NOW).complete(2, Requests.CLERK, null);
    StepActing.on(repair, CALENDAR, NOW).approve(3, Requests.GROUP_DIRECTOR, null, "ip");

    assertTrue(act(Requests.STAFF, a -> a.hold(4, Requests.STAFF, "รออะไหล่")).isEmpty());
    assertTrue(act(Requests.STAFF, a -> a.release(4, Requests.STAFF)).isEmpty());
    assertTrue(act(Requests.STAFF, a -> a.reassign(4, Requests.STAFF, "staff2")).isEmpty());
  }

  @Test
  void theRequesterCancellingHandlesTheClerksStepAsRequester() {
    StepHandled h =
        act(Requests.REQUESTER, a -> a.cancel(Requests.REQUESTER, "ซ่อมได้แล้ว")).orElseThrow();

    assertEquals(2, h.stepOrder());
    assertEquals(Role.REQUESTER, h.as());
  }
}
