package th.go.sesaoret.servicedesk.catalog.domain;

/** The unit of a step's time standard as the manual states it ("นาที", "ชั่วโมง", "วัน"). */
public enum StandardUnit {
  MINUTES(1),
  HOURS(60),
  /** A working day of government office hours (the manual's "วัน"). */
  WORKING_DAYS(0);

  private final int minutesPerUnit;

  StandardUnit(int minutesPerUnit) {
    this.minutesPerUnit = minutesPerUnit;
  }

  /** Minutes of one unit; working days are counted apart, as whole office days. */
  public int minutesPerUnit() {
    return minutesPerUnit;
  }

  public boolean isWorkingDays() {
    return this == WORKING_DAYS;
  }
}
