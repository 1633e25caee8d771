package th.go.sesaoret.servicedesk.publication.domain;

import th.go.sesaoret.servicedesk.notification.domain.NoticeKind;

/**
 * The website publication's own notices of steps 5-7, beside the engine's (staff hear of an
 * approved post by the engine's notice that step 5 waits for them); words in the bundle {@code
 * publication_*} ({0} the request's number, {1} its step).
 */
public enum PublishingNotice implements NoticeKind {
  /** The preview of the requester's post is ready: check it (step 6). */
  PUBLICATION_PREVIEW(Item.STEP, Queue.COMPLETION),
  /** The requester confirmed the preview: publish it (step 7, to the staff who drafted it). */
  PUBLICATION_CONFIRMED(Item.STEP, Queue.COMPLETION),
  /** The requester asks for corrections (step 5 again, to the staff who drafted it). */
  PUBLICATION_CORRECTIONS(Item.STEP, Queue.COMPLETION),
  /** The requester's post is on the public news pages. */
  PUBLICATION_PUBLISHED(Item.NONE, Queue.COMPLETION),
  /** The requester's post left the public news pages (unpublished or expired). */
  PUBLICATION_WITHDRAWN(Item.NONE, Queue.COMPLETION);

  private static final String BUNDLE = "publication";

  private final Item item;
  private final Queue queue;

  PublishingNotice(Item item, Queue queue) {
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
    return "publication.release.notice." + name();
  }

  @Override
  public String nameKey() {
    return "publication.release.notice.name." + name();
  }
}
