package th.go.sesaoret.servicedesk.publication.domain;

import th.go.sesaoret.servicedesk.notification.domain.NoticeKind;

/**
 * The website publication's own notices on its request side, beside the engine's; words in its
 * bundle {@code publication_*} ({0} the request's number, {1} its step).
 */
public enum PublicationNotice implements NoticeKind {
  /** A post was proposed to the director (the engine tells the deputy directors of their step). */
  PUBLICATION_PROPOSED(Item.STEP, Queue.APPROVAL);

  private static final String BUNDLE = "publication";

  private final Item item;
  private final Queue queue;

  PublicationNotice(Item item, Queue queue) {
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
    return "publication.notice." + name();
  }

  @Override
  public String nameKey() {
    return "publication.notice.name." + name();
  }
}
