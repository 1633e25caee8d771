package th.go.sesaoret.servicedesk.repair.application;

import static th.go.sesaoret.servicedesk.repair.domain.RepairJob.REPAIR;
import static th.go.sesaoret.servicedesk.repair.domain.RepairJob.REPORT;

/** Where a job of the technician's queue stands: the queue's state filter. */
public enum TechnicianJobState {
  /** Step 4, not yet accepted by the technician. */
  NOT_ACCEPTED("s.stepOrder = " + REPAIR + " and j.work.acceptedAt is null"),
  /** Step 4, accepted and being worked on. */
  IN_PROGRESS(
      "s.stepOrder = " + REPAIR + " and j.work.acceptedAt is not null and s.pausedAt is null"),
  /** Waiting for parts: the clock has stopped. */
  HELD("s.pausedAt is not null"),
  /** Step 5: the result is to be reported. */
  REPORTING("s.stepOrder = " + REPORT);

  private final String clause;

  TechnicianJobState(String clause) {
    this.clause = clause;
  }

  /**
   * The fixed JPQL condition (aliases {@code s} step, {@code j} repair job: its parts' paths, e.g.
   * {@code j.work.acceptedAt}).
   */
  String clause() {
    return "(" + clause + ")";
  }
}
