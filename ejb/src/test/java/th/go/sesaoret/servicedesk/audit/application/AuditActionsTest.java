package th.go.sesaoret.servicedesk.audit.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import th.go.sesaoret.servicedesk.approval.domain.ApprovalAuditAction;
import th.go.sesaoret.servicedesk.audit.domain.AuditAction;
import th.go.sesaoret.servicedesk.conference.domain.ConferenceAuditAction;
import th.go.sesaoret.servicedesk.publication.domain.PublicationAuditAction;
import th.go.sesaoret.servicedesk.publication.domain.PublishingAuditAction;
import th.go.sesaoret.servicedesk.repair.domain.RepairAuditAction;
import th.go.sesaoret.servicedesk.request.domain.RequestAuditAction;
import th.go.sesaoret.servicedesk.satisfaction.domain.SatisfactionAuditAction;

/**
 * The audit actions are complete (every action the code writes is one a feature declares, so the
 * request page can word each one), and open: a service's own action (here a test-only booking
 * action) resolves by its code with no change to audit's code.
 */
class AuditActionsTest {
  /** The calls that name an audited action: the two runners, a fact, a repair's own look-up. */
  private static final Pattern WRITTEN =
      Pattern.compile(
          "(?:onStep|onRequest|Fact\\.of|new Fact|visibleJob\\([^,()]+,)\\(?\\s*\"([A-Z][A-Z_]+)\"");

  /** Test only: a fourth service's own action. */
  enum BookingAction implements AuditAction {
    BOOKING_MOVE;

    @Override
    public Note noteKind() {
      return Note.WORDS;
    }

    @Override
    public String labelKey() {
      return "booking.audit." + name();
    }
  }

  @Test
  void everyActionTheCodeWritesIsKnown() throws IOException {
    AuditActions app =
        AuditActions.listing(
            RequestAuditAction.values(),
            RepairAuditAction.values(),
            ConferenceAuditAction.values(),
            PublicationAuditAction.values(),
            PublishingAuditAction.values(),
            SatisfactionAuditAction.values(),
            ApprovalAuditAction.values());
    Set<String> written = new TreeSet<>();
    try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
      files
          .filter(f -> f.toString().endsWith(".java"))
          .forEach(
              f -> {
                Matcher m = WRITTEN.matcher(read(f));
                while (m.find()) {
                  written.add(m.group(1));
                }
              });
    }
    assertTrue(written.size() >= 20, "the scan finds the actions: " + written);
    for (String code : written) {
      assertTrue(app.of(code).isPresent(), "no feature declares the audit action " + code);
    }
  }

  private static String read(Path f) {
    try {
      return Files.readString(f);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Test
  void aServicesOwnActionResolvesByItsCode() {
    AuditActions actions =
        AuditActions.listing(
            RequestAuditAction.values(), RepairAuditAction.values(), BookingAction.values());
    assertSame(BookingAction.BOOKING_MOVE, actions.of("BOOKING_MOVE").orElseThrow());
    assertEquals("booking.audit.BOOKING_MOVE", actions.of("BOOKING_MOVE").get().labelKey());
    assertEquals("ย้ายไปบ่ายสอง", actions.of("BOOKING_MOVE").get().note("ย้ายไปบ่ายสอง"));
    assertSame(RequestAuditAction.STEP_APPROVE, actions.of("STEP_APPROVE").orElseThrow());
    assertSame(RepairAuditAction.REPAIR_PRINT, actions.of("REPAIR_PRINT").orElseThrow());
    assertEquals(Optional.empty(), actions.of("NO_SUCH_ACTION"));
    assertEquals(Optional.empty(), actions.of(null));
    // the 26 codes of issue 8, STEP_SCHEDULE (the booking clock) and the test-only BOOKING_MOVE
    assertEquals(28, actions.codes().size());
    assertTrue(actions.codes().contains("BOOKING_MOVE"));
  }

  @Test
  void theCodesWrittenStayAsTheyWere() {
    assertEquals("audit.action.REPAIR_ORDER", RepairAuditAction.REPAIR_ORDER.labelKey());
    assertEquals("audit.action.STEP_REJECT", RequestAuditAction.STEP_REJECT.labelKey());
    assertEquals(
        List.of(
            "REQUEST_SUBMIT",
            "REQUEST_RESUBMIT",
            "REQUEST_CANCEL",
            "REQUEST_VIEW",
            "AUDIT_VIEW",
            "STEP_COMPLETE",
            "STEP_APPROVE",
            "STEP_REJECT",
            "STEP_RETURN",
            "STEP_REASSIGN",
            "STEP_SCHEDULE",
            "ACTING_APPOINT",
            "REPAIR_CORRECT",
            "REPAIR_REGISTER",
            "REPAIR_FORWARD",
            "REPAIR_ORDER",
            "REPAIR_ACCEPT",
            "REPAIR_LOG",
            "REPAIR_PAUSE",
            "REPAIR_RESUME",
            "REPAIR_RESOLVE",
            "REPAIR_REPORT",
            "REPAIR_CONFIRM",
            "REPAIR_REOPEN",
            "REPAIR_AUTO_CLOSE",
            "REPAIR_VIEW",
            "REPAIR_PRINT"),
        AuditActions.listing(RequestAuditAction.values(), RepairAuditAction.values()).codes());
  }

  @Test
  void twoActionsOfOneCodeAreRefused() {
    List<AuditAction> both = List.of(RequestAuditAction.STEP_APPROVE, twin("STEP_APPROVE"));
    assertThrows(IllegalStateException.class, () -> new AuditActions(both));
  }

  private static AuditAction twin(String code) {
    return new AuditAction() {
      @Override
      public String name() {
        return code;
      }

      @Override
      public Note noteKind() {
        return Note.NONE;
      }

      @Override
      public String labelKey() {
        return "x";
      }
    };
  }
}
