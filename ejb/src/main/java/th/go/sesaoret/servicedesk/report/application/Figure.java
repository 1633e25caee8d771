package th.go.sesaoret.servicedesk.report.application;

/**
 * A figure of the compliance report whose requests can be listed (the drill-down); labels {@code
 * report.figure.<NAME>} in the pages' bundle.
 */
public enum Figure {
  /** Every step finished in the period. */
  FINISHED,
  /** Finished by its due time. */
  WITHIN_STANDARD,
  /** Finished after its due time. */
  LATE,
  /** Returned its request for correction at least once. */
  RETURNED,
  /** Rejected the request. */
  REJECTED;

  public String labelKey() {
    return "report.figure." + name();
  }
}
