package th.go.sesaoret.servicedesk.notification.domain;

import static th.go.sesaoret.servicedesk.notification.domain.NoticeKind.Item.CORRECTION;
import static th.go.sesaoret.servicedesk.notification.domain.NoticeKind.Item.NONE;
import static th.go.sesaoret.servicedesk.notification.domain.NoticeKind.Item.STEP;
import static th.go.sesaoret.servicedesk.notification.domain.NoticeKind.Queue.APPROVAL;
import static th.go.sesaoret.servicedesk.notification.domain.NoticeKind.Queue.COMPLETION;

/** The notices the request engine itself raises, for every service; words in {@code notices_*}. */
public enum WorkflowNotice implements NoticeKind {
  /** A step waits for the recipient's approval. */
  APPROVAL_NEEDED(APPROVAL, STEP, true),
  /** The recipient's request was approved at a step. */
  APPROVED(APPROVAL, NONE, false),
  /** The recipient's request was rejected; it has ended. */
  REJECTED(APPROVAL, NONE, false),
  /** The recipient's request came back for correction. */
  RETURNED(APPROVAL, CORRECTION, true),
  /** A step waits for the recipient's work. */
  STEP_WAITING(COMPLETION, STEP, true),
  /** A step of the recipient's request finished. */
  STEP_COMPLETED(COMPLETION, NONE, false),
  /** The recipient's request finished. */
  REQUEST_COMPLETED(COMPLETION, NONE, false),
  /** 75% of a step's standard has passed. */
  SLA_WARNING(COMPLETION, STEP, false),
  /** A step is overdue: escalated to the group director. */
  SLA_ESCALATION(COMPLETION, STEP, false);

  /** The engine's bundle, which also holds every notice's subject and body. */
  public static final String BUNDLE = "notices";

  private final Queue queue;
  private final Item item;
  private final boolean asksRecipient;

  WorkflowNotice(Queue queue, Item item, boolean asksRecipient) {
    this.queue = queue;
    this.item = item;
    this.asksRecipient = asksRecipient;
  }

  @Override
  public Queue queue() {
    return queue;
  }

  @Override
  public Item item() {
    return item;
  }

  @Override
  public boolean asksRecipient() {
    return asksRecipient;
  }

  @Override
  public String bundle() {
    return BUNDLE;
  }

  @Override
  public String textKey() {
    return "notice." + name();
  }

  @Override
  public String nameKey() {
    return "notice.name." + name();
  }
}
