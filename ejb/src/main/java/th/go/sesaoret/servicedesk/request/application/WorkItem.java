package th.go.sesaoret.servicedesk.request.application;

import java.io.Serializable;
import java.time.Instant;
import th.go.sesaoret.servicedesk.catalog.domain.ServiceCode;
import th.go.sesaoret.servicedesk.security.domain.Role;

/**
 * A step waiting for the caller. {@code minutesLeft} is office time to the due time, negative when
 * overdue, null when the step has no due time yet (a booking-clock step without a booking). {@code
 * waitingForMe} is false for a step the caller only oversees (the director's view of the deputy's
 * and group director's steps).
 */
public record WorkItem(
    Long stepId,
    Long requestId,
    String number,
    ServiceCode service,
    String title,
    String requesterName,
    Integer stepOrder,
    Role actingRole,
    String assignee,
    Instant startedAt,
    Instant dueAt,
    Long minutesLeft,
    boolean waitingForMe)
    implements Serializable {}
