package th.go.sesaoret.servicedesk.request.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static th.go.sesaoret.servicedesk.request.domain.Requests.bangkok;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import th.go.sesaoret.servicedesk.catalog.domain.ServiceCode;
import th.go.sesaoret.servicedesk.shared.BusinessException;

class FilingTest {
  @Test
  void leadingRequesterStepsAreDoneByTheSubmissionAndTheNextStepIsDueOnTheCalendar() {
    // Friday 4 Dec 2026 16:20; Monday 7 Dec is a substitution day off
    Instant at = bangkok(2026, 12, 4, 16, 20);
    ServiceRequest r = Requests.file(Requests.repair(), at);

    assertEquals(RequestStatus.OPEN, r.status());
    StepInstance form = r.step(1);
    assertEquals(StepOutcome.COMPLETED, form.outcome());
    assertEquals("requester", form.actor());
    StepInstance clerk = r.currentStep().orElseThrow();
    assertEquals(2, clerk.order());
    assertEquals(at, clerk.startedAt());
    assertEquals(bangkok(2026, 12, 8, 8, 50), clerk.dueAt(), "10 min Friday, 20 min Tuesday");
    assertNull(r.step(3).startedAt());
  }

  @Test
  void publicationStartsAtTheDeputyDirectorsConsideration() {
    ServiceRequest r = Requests.file(Requests.publication(), bangkok(2026, 11, 25, 10, 0));
    assertEquals(3, r.currentStep().orElseThrow().order());
    assertEquals(bangkok(2026, 11, 26, 10, 0), r.step(3).dueAt());
  }

  @Test
  void bookingClockStepsHaveNoDueTimeUntilABookingExists() {
    ServiceRequest r = Requests.file(Requests.conference(), bangkok(2026, 11, 25, 10, 0));
    StepInstance setup = r.currentStep().orElseThrow();
    assertEquals(2, setup.order());
    assertNull(setup.dueAt());
  }

  @Test
  void aTitleIsRequiredAndAttachmentsAreHashed() {
    var e = assertThrows(BusinessException.class, () -> new Content(" ", "x", List.of()));
    assertEquals("request.title.required", e.key());
    Attachment a = new Attachment("C:\\docs\\ประกาศ.pdf", "application/pdf", new byte[] {1, 2});
    assertEquals("ประกาศ.pdf", a.filename());
    assertEquals(64, a.sha256().length());
  }

  @Test
  void theContentDigestChangesWithAnyPart() {
    String d = ContentDigest.of("a", "bc", List.of());
    assertEquals(d, ContentDigest.of("a", "bc", List.of()));
    assertNotEquals(d, ContentDigest.of("ab", "c", List.of()));
    assertNotEquals(d, ContentDigest.of("a", "bc", List.of("00")));
  }

  @Test
  void runningNumbersCountPerServiceAndBuddhistYear() {
    RequestCounter counter = new RequestCounter(ServiceCode.REPAIR, 2569);
    assertEquals("ซ.0001/2569", counter.next("ซ"));
    assertEquals("ซ.0002/2569", counter.next("ซ"));
  }

  private static void assertNotEquals(String a, String b) {
    org.junit.jupiter.api.Assertions.assertNotEquals(a, b);
  }
}
