package th.go.sesaoret.servicedesk.notification.domain;

/** Where an outgoing mail stands. */
public enum MailStatus {
  /** Waiting for its next attempt (the first, or a retry after a failure). */
  PENDING,
  SENT,
  /**
   * Given up after {@link OutboxMail#MAX_ATTEMPTS} failures; an administrator may send it again.
   */
  FAILED
}
