package th.go.sesaoret.servicedesk.notification.application;

/**
 * The statuses of the requests that notices are about, as the inbox filters by them. The request
 * feature provides them (a bean implementing this), so notification names no request type.
 */
public interface RequestStates {
  /** The type of a request's status: what the inbox's state filter offers and accepts. */
  Class<? extends Enum<?>> type();

  /** A step is running. */
  Enum<?> open();

  /** Back with the requester for correction. */
  Enum<?> returned();
}
