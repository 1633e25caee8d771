package th.go.sesaoret.servicedesk.audit.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.time.Instant;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import th.go.sesaoret.servicedesk.audit.domain.AuditEntry.Fact;

class AuditEntryTest {
  @Test
  void anEntryKeepsWhatHappenedAndCutsOverlongText() {
    var e =
        new AuditEntry(
            Instant.EPOCH,
            "director",
            null,
            Fact.of("STEP_APPROVE", 7L, "ซ.0001/2569 step 3")
                .states("OPEN@3", "OPEN@4")
                .detail("x".repeat(3000)));
    assertEquals("unknown", e.sourceIp());
    assertEquals("OPEN@3", e.before());
    assertEquals(2000, e.detail().length());
    assertEquals(7L, e.requestId());
  }

  @Test
  void anEntryHasNoSetters() {
    long setters =
        Arrays.stream(AuditEntry.class.getDeclaredMethods())
            .filter(m -> Modifier.isPublic(m.getModifiers()))
            .map(Method::getName)
            .filter(n -> n.startsWith("set"))
            .count();
    assertEquals(0, setters);
  }
}
