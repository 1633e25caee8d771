package th.go.sesaoret.servicedesk.repair.domain;

import th.go.sesaoret.servicedesk.notification.domain.NoticeKind;

/** The repair's own notices, beside the engine's; words in the repair's bundle {@code repair_*}. */
public enum RepairNotice implements NoticeKind {
  /** A repair's report reached the ICT group director / director. */
  REPAIR_REPORTED(Item.NONE),
  /** The requester's repair is done: confirm and rate it, or reopen it. */
  REPAIR_DONE(Item.NONE),
  /** The requester's repair waits for parts; its clock has stopped. */
  REPAIR_PAUSED(Item.NONE),
  /** The requester reopened a repair: the technician works on it again. */
  REPAIR_REOPENED(Item.STEP);

  private static final String BUNDLE = "repair";

  private final Item item;

  RepairNotice(Item item) {
    this.item = item;
  }

  /** Every repair notice travels by the completion queue. */
  @Override
  public Queue queue() {
    return Queue.COMPLETION;
  }

  @Override
  public Item item() {
    return item;
  }

  /** The one that asks for something asks its own recipient, the technician. */
  @Override
  public boolean asksRecipient() {
    return item != Item.NONE;
  }

  @Override
  public String bundle() {
    return BUNDLE;
  }

  @Override
  public String textKey() {
    return "repair.notice." + name();
  }

  @Override
  public String nameKey() {
    return "repair.notice.name." + name();
  }
}
