package th.go.sesaoret.servicedesk.report.application;

import java.io.Serial;
import java.io.Serializable;
import java.time.Instant;
import th.go.sesaoret.servicedesk.request.domain.StepOutcome;

/** One request behind a figure: its step's times, working time, result and returns. */
public record DrillRow(
    long requestId,
    String requestNumber,
    String title,
    Instant startedAt,
    Instant dueAt,
    Instant finishedAt,
    Long workingMinutes,
    Boolean onTime,
    int returns,
    StepOutcome outcome)
    implements Serializable {
  @Serial private static final long serialVersionUID = 1L;
}
