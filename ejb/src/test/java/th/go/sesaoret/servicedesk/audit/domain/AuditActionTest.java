package th.go.sesaoret.servicedesk.audit.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import th.go.sesaoret.servicedesk.audit.domain.AuditEntry.Fact;

/**
 * The list of audit actions is complete (every action the code writes is in it, so the request page
 * can word each one), and refusals are told apart from actions with their reason's key.
 */
class AuditActionTest {
  /** The calls that name an audited action: the two runners, a fact, a repair's own look-up. */
  private static final Pattern WRITTEN =
      Pattern.compile(
          "(?:onStep|onRequest|Fact\\.of|new Fact|visibleJob\\([^,()]+,)\\(?\\s*\"([A-Z][A-Z_]+)\"");

  @Test
  void everyActionTheCodeWritesIsKnown() throws IOException {
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
      assertTrue(AuditAction.of(code).isPresent(), "not in AuditAction: " + code);
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
    assertEquals("ถูกต้อง", AuditAction.STEP_COMPLETE.note("ถูกต้อง"));
    assertNull(AuditAction.STEP_APPROVE.note("sha256=abc actingFor=null"));
    assertNull(AuditAction.REPAIR_ORDER.note("sha256=abc technician=staff vendor=null"));
    assertEquals(
        "ไม่ใช่ครุภัณฑ์ของสำนักงาน",
        AuditAction.STEP_REJECT.note("sha256=abc reason=ไม่ใช่ครุภัณฑ์ของสำนักงาน"));
    assertNull(AuditAction.REPAIR_FORWARD.note("to GROUP_DIRECTOR"));
  }

  private static AuditEntry entry(Fact fact) {
    return new AuditEntry(Instant.EPOCH, "requester", "192.0.2.1", fact);
  }
}
