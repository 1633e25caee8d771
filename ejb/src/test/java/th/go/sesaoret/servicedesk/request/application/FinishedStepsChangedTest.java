package th.go.sesaoret.servicedesk.request.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import th.go.sesaoret.servicedesk.request.domain.FinishedStep;

class FinishedStepsChangedTest {
  private static final Instant T = Instant.parse("2026-11-02T03:00:00Z");

  private static FinishedStep step(long definition, long minutes) {
    return new FinishedStep(definition, T, minutes, true, 0, false, 0);
  }

  @Test
  void nothingChangedFiresNothing() {
    var before = List.of(step(1, 10), step(2, 20));
    assertTrue(FinishedStepsChanged.between(9, before, List.copyOf(before)).isEmpty());
  }

  @Test
  void aNewlyFinishedStepIsAdded() {
    var change =
        FinishedStepsChanged.between(9, List.of(step(1, 10)), List.of(step(1, 10), step(2, 20)))
            .orElseThrow();
    assertEquals(List.of(), change.removed());
    assertEquals(List.of(step(2, 20)), change.added());
  }

  @Test
  void aStepThatRunsAgainIsRemovedAndTwoAlikeCountTwice() {
    // two rounds of one step with the same record: one of them runs again
    var change =
        FinishedStepsChanged.between(
                9, List.of(step(1, 10), step(1, 10), step(2, 5)), List.of(step(1, 10)))
            .orElseThrow();
    assertEquals(List.of(step(1, 10), step(2, 5)), change.removed());
    assertEquals(List.of(), change.added());
  }
}
