package th.go.sesaoret.servicedesk.repair.application;

/** Where a job of the technician's queue stands: the queue's state filter. */
public enum TechnicianJobState {
  /** Step 4, not yet accepted by the technician. */
  NOT_ACCEPTED,
  /** Step 4, accepted and being worked on. */
  IN_PROGRESS,
  /** Waiting for parts: the clock has stopped. */
  HELD,
  /** Step 5: the result is to be reported. */
  REPORTING
}
