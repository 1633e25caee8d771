package th.go.sesaoret.servicedesk.request.domain;

import java.time.Instant;
import th.go.sesaoret.servicedesk.catalog.domain.StandardUnit;
import th.go.sesaoret.servicedesk.catalog.domain.TimeStandard;
import th.go.sesaoret.servicedesk.sla.domain.BusinessCalendar;

/** Adds office minutes to an instant through the calendar, which takes standards only. */
final class WorkingMinutes {
  /** A standard may not exceed this many minutes (TimeStandard's typing-slip guard). */
  private static final int CHUNK = 10_000;

  private WorkingMinutes() {}

  static Instant add(BusinessCalendar calendar, Instant from, long minutes) {
    Instant at = from;
    for (long left = minutes; left > 0; left -= CHUNK) {
      int part = (int) Math.min(left, CHUNK);
      at = calendar.due(at, TimeStandard.of(part, StandardUnit.MINUTES));
    }
    return at;
  }
}
