package th.go.sesaoret.servicedesk.security.domain;

/** What the traffic log records. */
public enum AccessEvent {
  SIGN_IN,
  SIGN_IN_FAILED,
  /** A sign-in refused because the account is locked after repeated failures. */
  SIGN_IN_LOCKED,
  SIGN_OUT,
  /** The session ended by inactivity (the session timeout) without a sign-out. */
  SESSION_EXPIRED
}
