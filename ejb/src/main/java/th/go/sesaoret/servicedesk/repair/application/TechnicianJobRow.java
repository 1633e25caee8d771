package th.go.sesaoret.servicedesk.repair.application;

import java.io.Serializable;
import java.time.Instant;
import th.go.sesaoret.servicedesk.repair.domain.RepairJob;
import th.go.sesaoret.servicedesk.repair.domain.Urgency;

/**
 * A row of the technician's queue: a repair at its repair or report step that is theirs (or free to
 * take); it waits for the technician when it is assigned to them and not held for parts.
 */
public record TechnicianJobRow(
    long requestId,
    String number,
    String title,
    String requesterName,
    Urgency urgency,
    String building,
    String room,
    String stepKey,
    Instant dueAt,
    Instant pausedAt,
    Instant acceptedAt,
    String assignee,
    boolean waitingForMe)
    implements Serializable {
  public boolean held() {
    return pausedAt != null;
  }

  public boolean accepted() {
    return acceptedAt != null;
  }

  /** At the report step (else at the repair step). */
  public boolean reporting() {
    return RepairJob.REPORT.equals(stepKey);
  }
}
