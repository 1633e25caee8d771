package th.go.sesaoret.servicedesk.repair.application;

import java.io.Serializable;
import java.time.Instant;
import th.go.sesaoret.servicedesk.repair.domain.Urgency;

/**
 * A row of the technician's queue: a repair at step 4 or 5 that is theirs (or free to take); it
 * waits for the technician when it is assigned to them and not held for parts.
 */
public record TechnicianJobRow(
    long requestId,
    String number,
    String title,
    String requesterName,
    Urgency urgency,
    String building,
    String room,
    int stepOrder,
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
}
