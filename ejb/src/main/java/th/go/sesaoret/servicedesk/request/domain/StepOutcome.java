package th.go.sesaoret.servicedesk.request.domain;

/** How a step ended. */
public enum StepOutcome {
  COMPLETED,
  APPROVED,
  REJECTED,
  RETURNED,
  CANCELLED
}
