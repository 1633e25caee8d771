package th.go.sesaoret.servicedesk.repair.application;

import static th.go.sesaoret.servicedesk.repair.domain.RepairJob.REPAIR;
import static th.go.sesaoret.servicedesk.repair.domain.RepairJob.REPORT;

/** Where a job of the technician's queue stands: the queue's state filter. */
public enum TechnicianJobState {
  /** The repair step, not yet accepted by the technician. */
  NOT_ACCEPTED("d.stepKey = '" + REPAIR + "' and j.work.acceptedAt is null"),
  /** The repair step, accepted and being worked on. */
  IN_PROGRESS(
      "d.stepKey = '"
          + REPAIR
          + "' and j.work.acceptedAt is not null and s.clock.pausedAt is null"),
  /** Waiting for parts: the clock has stopped. */
  HELD("s.clock.pausedAt is not null"),
  /** The report step: the result is to be reported. */
  REPORTING("d.stepKey = '" + REPORT + "'");

  private final String clause;

  TechnicianJobState(String clause) {
    this.clause = clause;
  }

  /**
   * The fixed JPQL condition (aliases {@code s} step, {@code d} its definition, {@code j} job: its
   * parts, e.g. {@code j.work.acceptedAt}).
   */
  String clause() {
    return "(" + clause + ")";
  }
}
