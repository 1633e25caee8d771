package th.go.sesaoret.servicedesk.dashboard.application;

import java.io.Serial;
import java.io.Serializable;
import java.time.Instant;

/** An open request whose running step is furthest past (or nearest to) its due time. */
public record SlowRequest(
    long requestId,
    String number,
    String title,
    String serviceCode,
    String serviceName,
    String stepName,
    Instant submittedAt,
    Instant dueAt,
    boolean overdue)
    implements Serializable {
  @Serial private static final long serialVersionUID = 1L;
}
