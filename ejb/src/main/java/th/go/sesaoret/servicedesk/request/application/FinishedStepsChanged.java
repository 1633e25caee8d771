package th.go.sesaoret.servicedesk.request.application;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import th.go.sesaoret.servicedesk.request.domain.FinishedStep;

/**
 * Fired (synchronously, inside the action's transaction, after its flush) when an action changed
 * the finished steps of request {@code requestId}: the records that are no more ({@code removed}: a
 * step that runs again, or one whose record changed) and those that are new ({@code added}). A
 * report's projection observes it and stays exact without reading the steps again; the engine knows
 * no report.
 */
public record FinishedStepsChanged(
    long requestId, List<FinishedStep> removed, List<FinishedStep> added) {
  public FinishedStepsChanged {
    removed = List.copyOf(removed);
    added = List.copyOf(added);
  }

  /** The difference from {@code before} to {@code after} (as multisets); empty when none. */
  public static Optional<FinishedStepsChanged> between(
      long requestId, List<FinishedStep> before, List<FinishedStep> after) {
    List<FinishedStep> removed = new ArrayList<>(before);
    List<FinishedStep> added = new ArrayList<>();
    for (FinishedStep s : after) {
      if (!removed.remove(s)) {
        added.add(s);
      }
    }
    return removed.isEmpty() && added.isEmpty()
        ? Optional.empty()
        : Optional.of(new FinishedStepsChanged(requestId, removed, added));
  }
}
