package th.go.sesaoret.servicedesk.request.domain;

/** Where a request stands as a whole. */
public enum RequestStatus {
  /** A step is running. */
  OPEN,
  /** Sent back to the requester for correction; the current step's clock is paused. */
  RETURNED,
  COMPLETED,
  REJECTED,
  CANCELLED;

  public boolean isFinished() {
    return this == COMPLETED || this == REJECTED || this == CANCELLED;
  }
}
