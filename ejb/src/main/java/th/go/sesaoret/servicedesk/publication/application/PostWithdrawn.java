package th.go.sesaoret.servicedesk.publication.application;

/**
 * A CDI event: post {@code publicationId} left public view (unpublished with a reason, or expired).
 * Fired in the transaction that withdrew it; observers that reach outside observe it after success.
 */
public record PostWithdrawn(long publicationId) {}
