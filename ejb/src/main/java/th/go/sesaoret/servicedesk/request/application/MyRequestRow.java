package th.go.sesaoret.servicedesk.request.application;

import java.io.Serializable;
import java.time.Instant;
import th.go.sesaoret.servicedesk.catalog.domain.ServiceCode;
import th.go.sesaoret.servicedesk.request.domain.RequestStatus;
import th.go.sesaoret.servicedesk.security.domain.Role;

/**
 * One line of "My requests"; the current step's role and due time when it is running, and whether
 * it waits for the viewer (a step of the requester's own, or a correction).
 */
public record MyRequestRow(
    Long id,
    String number,
    ServiceCode service,
    String title,
    RequestStatus status,
    Instant submittedAt,
    Instant finishedAt,
    Integer currentStep,
    Role currentRole,
    Instant currentDue,
    boolean waitingForMe)
    implements Serializable {}
