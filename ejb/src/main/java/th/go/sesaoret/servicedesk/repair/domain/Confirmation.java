package th.go.sesaoret.servicedesk.repair.domain;

/**
 * The requester's answer to the report: still to come, confirmed with a rating, or closed by itself
 * after 3 working days.
 */
public enum Confirmation implements Labelled {
  PENDING,
  CONFIRMED,
  AUTO_CLOSED;
}
