package th.go.sesaoret.servicedesk.report.domain;

/** How a report's period is chosen; labels {@code report.period.<NAME>} in the pages' bundle. */
public enum PeriodKind {
  /** A Thai fiscal year, 1 October - 30 September (ปีงบประมาณ พ.ศ.). */
  FISCAL_YEAR,
  /** One of the ITA halves of a fiscal year: 1 October - 31 March, 1 April - 30 September. */
  HALF_YEAR,
  /** A calendar month. */
  MONTH,
  /** Any dates, both included. */
  CUSTOM;

  public String labelKey() {
    return "report.period." + name();
  }
}
