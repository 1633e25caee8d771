package th.go.sesaoret.servicedesk.request.domain;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * What a finished step gives the office's figures: the step of the catalog it ran, when it
 * finished, its own working time, whether it was within its due time, its returns, whether it was a
 * rejection and its paused office minutes. A cancelled step gives none (it is not the service's
 * performance). Reports keep projections of these; the engine says when they change ({@code
 * FinishedStepsChanged}), so the projection never has to read every step again.
 */
public record FinishedStep(
    long definitionId,
    Instant finishedAt,
    Long workingMinutes,
    Boolean onTime,
    int returnedTimes,
    boolean rejected,
    long pausedMinutes) {

  /** The finished, not cancelled steps of {@code r} as they are now. */
  public static List<FinishedStep> of(ServiceRequest r) {
    List<FinishedStep> finished = new ArrayList<>();
    for (StepInstance s : r.steps()) {
      if (s.finishedAt() != null && s.outcome() != StepOutcome.CANCELLED) {
        StepClock c = s.clock();
        finished.add(
            new FinishedStep(
                s.definition().id(),
                c.finishedAt(),
                c.workingMinutes(),
                c.onTime(),
                s.returnedTimes(),
                s.outcome() == StepOutcome.REJECTED,
                c.pausedWorkingMinutes()));
      }
    }
    return finished;
  }
}
