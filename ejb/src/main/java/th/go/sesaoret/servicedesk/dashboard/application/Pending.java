package th.go.sesaoret.servicedesk.dashboard.application;

import java.io.Serial;
import java.io.Serializable;
import java.time.Instant;

/**
 * The approvals waiting for the caller: running approval steps of a role they may sign for,
 * unassigned or assigned to them; when the oldest started and the earliest due time (null when
 * none).
 */
public record Pending(long count, Instant oldestStarted, Instant earliestDue)
    implements Serializable {
  @Serial private static final long serialVersionUID = 1L;
}
