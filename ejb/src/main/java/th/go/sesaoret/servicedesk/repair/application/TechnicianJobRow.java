package th.go.sesaoret.servicedesk.repair.application;

import java.io.Serializable;
import java.time.Instant;
import th.go.sesaoret.servicedesk.repair.domain.Urgency;

/** A row of the technician's queue: a repair at step 4 or 5 that is theirs (or free to take). */
public record TechnicianJobRow(
    long requestId,
    String number,
    String title,
    Urgency urgency,
    String building,
    String room,
    int stepOrder,
    Instant dueAt,
    Instant pausedAt,
    Instant acceptedAt,
    String assignee)
    implements Serializable {
  public boolean held() {
    return pausedAt != null;
  }

  public boolean accepted() {
    return acceptedAt != null;
  }
}
