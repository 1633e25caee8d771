package th.go.sesaoret.servicedesk.approval.application;

import java.time.Duration;
import java.time.Instant;
import th.go.sesaoret.servicedesk.approval.domain.SlaState;
import th.go.sesaoret.servicedesk.catalog.domain.ServiceCode;
import th.go.sesaoret.servicedesk.security.domain.Role;
import th.go.sesaoret.servicedesk.sla.domain.BusinessCalendar;

/** A waiting approval as the database gives it; its age and SLA state are added in Java. */
public record DeskRow(
    Long stepId,
    Long requestId,
    String number,
    ServiceCode service,
    String title,
    String requesterName,
    Integer stepOrder,
    Role actingRole,
    Instant startedAt,
    Instant dueAt,
    boolean booked) {

  /** The row with its age and time left in office time (clock time on a booking). */
  public DeskItem at(BusinessCalendar calendar, Instant now) {
    long age =
        startedAt == null
            ? 0
            : booked
                ? Duration.between(startedAt, now).toMinutes()
                : calendar.workingTimeBetween(startedAt, now).toMinutes();
    Long left = null;
    if (dueAt != null && booked) {
      left = Duration.between(now, dueAt).toMinutes();
    } else if (dueAt != null) {
      long late = calendar.minutesLate(dueAt, now);
      left = late > 0 ? -late : calendar.workingTimeBetween(now, dueAt).toMinutes();
    }
    return new DeskItem(
        stepId,
        requestId,
        number,
        service,
        title,
        requesterName,
        stepOrder,
        actingRole,
        startedAt,
        dueAt,
        Math.max(0, age),
        left,
        SlaState.of(calendar, now, startedAt, dueAt, booked));
  }
}
