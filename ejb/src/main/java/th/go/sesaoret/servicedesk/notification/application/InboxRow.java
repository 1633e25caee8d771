package th.go.sesaoret.servicedesk.notification.application;

import java.io.Serializable;
import java.time.Instant;
import th.go.sesaoret.servicedesk.notification.domain.NoticeKind;
import th.go.sesaoret.servicedesk.security.domain.Role;

/**
 * One line of the inbox as the database gives it: the notice, for a handled one the full name and
 * role of whoever handled it (a projection joined to the person, not loaded per row), and whether
 * it asks its reader for an action that still waits.
 */
public record InboxRow(
    Long id,
    NoticeKind kind,
    long requestId,
    String requestNumber,
    int stepOrder,
    Instant createdAt,
    Instant readAt,
    Instant handledAt,
    String handledByName,
    Role handledAs,
    boolean waiting)
    implements Serializable {

  /** Read, or handled by someone (then there is nothing left to read it for). */
  public boolean isRead() {
    return readAt != null || handledAt != null;
  }

  public boolean isHandled() {
    return handledAt != null;
  }
}
