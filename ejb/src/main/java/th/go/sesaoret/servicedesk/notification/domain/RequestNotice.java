package th.go.sesaoret.servicedesk.notification.domain;

import java.io.Serializable;
import th.go.sesaoret.servicedesk.security.domain.Role;

/**
 * The events port between the workflow and the notices: the workflow fires this as a CDI event
 * inside its transaction; the notification feature sends it on after commit (JMS) and turns it into
 * inbox entries and e-mail. It carries ids only. Exactly one of {@code recipientUser} and {@code
 * recipientRole} is set. {@code noticeKey} is unique per notice: redelivery of the same key makes
 * no second inbox entry or e-mail. {@code round} is the round of the step it is about (0 when not
 * known: a message queued by an earlier version).
 */
public record RequestNotice(
    String noticeKey,
    NoticeKind kind,
    long requestId,
    String requestNumber,
    int stepOrder,
    int round,
    String recipientUser,
    Role recipientRole)
    implements Serializable {

  public RequestNotice {
    if ((recipientUser == null) == (recipientRole == null)) {
      throw new IllegalArgumentException("exactly one recipient: a user or a role");
    }
  }

  public static RequestNotice toUser(
      NoticeKind kind, long requestId, String number, int stepOrder, int round, String user) {
    String key = String.join(":", kind.name(), "" + requestId, "" + stepOrder, "" + round, user);
    return new RequestNotice(key, kind, requestId, number, stepOrder, round, user, null);
  }

  public static RequestNotice toRole(
      NoticeKind kind, long requestId, String number, int stepOrder, int round, Role role) {
    String key =
        String.join(":", kind.name(), "" + requestId, "" + stepOrder, "" + round, role.name());
    return new RequestNotice(key, kind, requestId, number, stepOrder, round, null, role);
  }
}
