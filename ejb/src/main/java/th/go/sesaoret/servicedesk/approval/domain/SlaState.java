package th.go.sesaoret.servicedesk.approval.domain;

import java.time.Instant;
import th.go.sesaoret.servicedesk.sla.domain.BusinessCalendar;
import th.go.sesaoret.servicedesk.sla.domain.SlaCheck;

/**
 * Where a waiting approval stands against its standard, by the SLA monitor's own rule ({@link
 * SlaCheck}): on time, past 75% of its working time, or overdue (at least one office minute past
 * due). A step without a due time is on time.
 */
public enum SlaState {
  ON_TIME,
  WARNED,
  OVERDUE;

  public String labelKey() {
    return "approval.sla." + name();
  }

  /** The state at {@code now}; {@code booked} steps are measured in clock time. */
  public static SlaState of(
      BusinessCalendar calendar, Instant now, Instant started, Instant due, boolean booked) {
    SlaCheck.Outcome outcome =
        booked
            ? SlaCheck.onClock(now, started, due, false, false)
            : SlaCheck.at(calendar, now, started, due, 0, false, false);
    return switch (outcome) {
      case ESCALATE -> OVERDUE;
      case WARN -> WARNED;
      case NOTHING -> ON_TIME;
    };
  }
}
