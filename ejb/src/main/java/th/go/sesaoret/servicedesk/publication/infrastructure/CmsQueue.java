package th.go.sesaoret.servicedesk.publication.infrastructure;

/** The connector's own queue (ear/src/main/wildfly/messaging.cli: its retries, then the DLQ). */
public final class CmsQueue {
  public static final String NAME = "java:/jms/queue/PublicationCmsQueue";

  /** The message's fields: what to do with which post. */
  static final String ACTION = "action";

  static final String PUBLICATION = "publicationId";
  static final String PUBLISH = "PUBLISH";
  static final String WITHDRAW = "WITHDRAW";

  private CmsQueue() {}
}
