package th.go.sesaoret.servicedesk.request.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static th.go.sesaoret.servicedesk.request.domain.Requests.CALENDAR;
import static th.go.sesaoret.servicedesk.request.domain.Requests.bangkok;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import th.go.sesaoret.servicedesk.shared.BusinessException;

/**
 * Every free text a person types is refused with its own message when over its limit, never cut:
 * the request's title and description, and a step's comment, reason for returning, rejecting or
 * cancelling (issue 8, finding 6).
 */
class FreeTextLimitsTest {
  private static final Instant FILED = bangkok(2026, 11, 30, 9, 0);
  private final ServiceRequest repair = Requests.file(Requests.repair(), FILED);

  private StepActing now() {
    return StepActing.on(repair, CALENDAR, bangkok(2026, 11, 30, 9, 30));
  }

  @Test
  void aTitleOrDescriptionOverItsLimitIsRefusedAndOneAtTheLimitIsKeptWhole() {
    refused(
        "request.title.tooLong",
        () -> new Content("ก".repeat(Content.TITLE_MAX + 1), "", List.of()));
    refused(
        "request.description.tooLong",
        () -> new Content("เรื่อง", "ข".repeat(Content.DESCRIPTION_MAX + 1), List.of()));
    Content full =
        new Content("ก".repeat(Content.TITLE_MAX), "ข".repeat(Content.DESCRIPTION_MAX), List.of());
    assertEquals(Content.TITLE_MAX, full.title().length());
    assertEquals(Content.DESCRIPTION_MAX, full.description().length());
  }

  @Test
  void aStepCommentOrReasonOverItsLimitIsRefusedAndTheStepStaysOpen() {
    String tooLong = "ค".repeat(StepInstance.COMMENT_MAX + 1);
    refused("request.comment.tooLong", () -> now().complete(2, Requests.CLERK, tooLong));
    assertNull(repair.step(2).finishedAt(), "nothing done");
    refused("request.comment.tooLong", () -> now().returnForCorrection(2, Requests.CLERK, tooLong));
    refused("request.comment.tooLong", () -> now().cancel(Requests.REQUESTER, tooLong));
    String atLimit = "ค".repeat(StepInstance.COMMENT_MAX);
    assertEquals(atLimit, now().complete(2, Requests.CLERK, atLimit).comment());
  }

  @Test
  void aRejectionReasonOverItsLimitIsRefused() {
    now().complete(2, Requests.CLERK, null);
    String tooLong = "ง".repeat(100_000);
    refused(
        "request.comment.tooLong",
        () -> now().reject(3, Requests.GROUP_DIRECTOR, tooLong, "10.0.0.1"));
  }

  private static void refused(String key, Executable action) {
    assertEquals(key, assertThrows(BusinessException.class, action).key());
  }
}
