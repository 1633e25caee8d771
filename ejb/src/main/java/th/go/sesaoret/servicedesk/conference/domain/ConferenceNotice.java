package th.go.sesaoret.servicedesk.conference.domain;

import th.go.sesaoret.servicedesk.notification.domain.NoticeKind;

/**
 * The video-conference service's own notices, beside the engine's; words in its bundle {@code
 * conference_*} ({0} the request's number, {1} its step).
 */
public enum ConferenceNotice implements NoticeKind {
  /** The requester's meeting is booked. */
  CONFERENCE_BOOKED(Item.NONE, Queue.APPROVAL),
  /** A meeting was given to the operator. */
  CONFERENCE_OPERATOR(Item.STEP, Queue.APPROVAL),
  /** Reminder the working day before the meeting (operator and requester). */
  CONFERENCE_REMIND_DAY(Item.NONE, Queue.APPROVAL),
  /** Reminder one hour before set-up (operator and requester). */
  CONFERENCE_REMIND_HOUR(Item.NONE, Queue.APPROVAL),
  /** The meeting moved, or its details changed (operator). */
  CONFERENCE_CHANGED(Item.NONE, Queue.APPROVAL),
  /** The meeting was cancelled (operator). */
  CONFERENCE_CANCELLED(Item.NONE, Queue.APPROVAL),
  /** No operator by the day before (ICT group director). */
  CONFERENCE_NO_OPERATOR(Item.NONE, Queue.APPROVAL),
  /** Staff propose another time or room (requester). */
  CONFERENCE_PROPOSED(Item.NONE, Queue.APPROVAL),
  /** The post-check is done (requester, with a link to rate the service). */
  CONFERENCE_DONE(Item.NONE, Queue.COMPLETION);

  private static final String BUNDLE = "conference";

  private final Item item;
  private final Queue queue;

  ConferenceNotice(Item item, Queue queue) {
    this.item = item;
    this.queue = queue;
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
    return item != Item.NONE;
  }

  @Override
  public String bundle() {
    return BUNDLE;
  }

  @Override
  public String textKey() {
    return "conference.notice." + name();
  }

  @Override
  public String nameKey() {
    return "conference.notice.name." + name();
  }
}
