package th.go.sesaoret.servicedesk.notification.application;

/** What a notice tells its recipient. */
public enum NoticeKind {
  /** A step waits for the recipient's approval (approval queue). */
  APPROVAL_NEEDED(true),
  /** The recipient's request was approved at a step (approval queue). */
  APPROVED(true),
  /** The recipient's request was rejected; it has ended (approval queue). */
  REJECTED(true),
  /** The recipient's request came back for correction (approval queue). */
  RETURNED(true),
  /** A step waits for the recipient's work (completion queue). */
  STEP_WAITING(false),
  /** A step of the recipient's request finished (completion queue). */
  STEP_COMPLETED(false),
  /** The recipient's request finished (completion queue). */
  REQUEST_COMPLETED(false),
  /** 75% of a step's standard has passed (completion queue). */
  SLA_WARNING(false),
  /** A step is overdue: escalated to the group director (completion queue). */
  SLA_ESCALATION(false),
  /** A repair's report reached the ICT group director / director (completion queue). */
  REPAIR_REPORTED(false),
  /** The requester's repair is done: confirm and rate it, or reopen it (completion queue). */
  REPAIR_DONE(false),
  /** The requester's repair waits for parts; its clock has stopped (completion queue). */
  REPAIR_PAUSED(false),
  /** The requester reopened a repair: the technician works on it again (completion queue). */
  REPAIR_REOPENED(false);

  private final boolean approval;

  NoticeKind(boolean approval) {
    this.approval = approval;
  }

  /** True for the approval-notice queue, false for the completion-notice queue. */
  public boolean isApproval() {
    return approval;
  }
}
