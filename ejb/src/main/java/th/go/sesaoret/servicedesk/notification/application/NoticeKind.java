package th.go.sesaoret.servicedesk.notification.application;

import java.util.EnumSet;
import java.util.Set;

/**
 * What a notice tells its recipient, and what it asks them to act on ({@link #item()}): a notice
 * that asks for an action is handled once anyone has taken it (issue 8, finding 16).
 */
public enum NoticeKind {
  /** A step waits for the recipient's approval (approval queue). */
  APPROVAL_NEEDED(true, Item.STEP),
  /** The recipient's request was approved at a step (approval queue). */
  APPROVED(true, Item.NONE),
  /** The recipient's request was rejected; it has ended (approval queue). */
  REJECTED(true, Item.NONE),
  /** The recipient's request came back for correction (approval queue). */
  RETURNED(true, Item.CORRECTION),
  /** A step waits for the recipient's work (completion queue). */
  STEP_WAITING(false, Item.STEP),
  /** A step of the recipient's request finished (completion queue). */
  STEP_COMPLETED(false, Item.NONE),
  /** The recipient's request finished (completion queue). */
  REQUEST_COMPLETED(false, Item.NONE),
  /** 75% of a step's standard has passed (completion queue). */
  SLA_WARNING(false, Item.STEP),
  /** A step is overdue: escalated to the group director (completion queue). */
  SLA_ESCALATION(false, Item.STEP),
  /** A repair's report reached the ICT group director / director (completion queue). */
  REPAIR_REPORTED(false, Item.NONE),
  /** The requester's repair is done: confirm and rate it, or reopen it (completion queue). */
  REPAIR_DONE(false, Item.NONE),
  /** The requester's repair waits for parts; its clock has stopped (completion queue). */
  REPAIR_PAUSED(false, Item.NONE),
  /** The requester reopened a repair: the technician works on it again (completion queue). */
  REPAIR_REOPENED(false, Item.STEP);

  /** What a notice asks its recipient to act on, if anything. */
  public enum Item {
    /** Nothing: the notice only informs. */
    NONE,
    /** The round of the step the notice names: someone acts on it (finishes or returns it). */
    STEP,
    /** The requester corrects the request returned at that step's round, and resubmits it. */
    CORRECTION
  }

  private final boolean approval;
  private final Item item;

  NoticeKind(boolean approval, Item item) {
    this.approval = approval;
    this.item = item;
  }

  /** What this kind of notice asks its recipient to act on. */
  public Item item() {
    return item;
  }

  /** The kinds that ask for {@code item}. */
  public static Set<NoticeKind> asking(Item item) {
    var kinds = EnumSet.noneOf(NoticeKind.class);
    for (NoticeKind k : values()) {
      if (k.item == item) {
        kinds.add(k);
      }
    }
    return kinds;
  }

  /** True for the approval-notice queue, false for the completion-notice queue. */
  public boolean isApproval() {
    return approval;
  }
}
