package th.go.sesaoret.servicedesk.publication.application;

/**
 * A CDI event: post {@code publicationId} went live on the public news pages (now, or at its
 * scheduled time). Fired in the transaction that published it; observers that reach outside (the
 * office website's CMS) observe it after success.
 */
public record PostPublished(long publicationId) {}
