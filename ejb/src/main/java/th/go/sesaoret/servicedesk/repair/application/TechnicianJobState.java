package th.go.sesaoret.servicedesk.repair.application;

/** Where a job of the technician's queue stands: the queue's state filter. */
public enum TechnicianJobState {
  /** The repair step, not yet accepted by the technician. */
  NOT_ACCEPTED,
  /** The repair step, accepted and being worked on. */
  IN_PROGRESS,
  /** Waiting for parts: the clock has stopped. */
  HELD,
  /** The report step: the result is to be reported. */
  REPORTING
}
