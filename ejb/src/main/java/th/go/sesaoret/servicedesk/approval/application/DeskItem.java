package th.go.sesaoret.servicedesk.approval.application;

import java.io.Serializable;
import java.time.Instant;
import th.go.sesaoret.servicedesk.approval.domain.SlaState;
import th.go.sesaoret.servicedesk.catalog.domain.ServiceCode;
import th.go.sesaoret.servicedesk.security.domain.Role;

/**
 * An approval waiting for the caller: {@code ageMinutes} since its step started and {@code
 * minutesLeft} to its due time in office time (negative when overdue, null without a due time).
 */
public record DeskItem(
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
    long ageMinutes,
    Long minutesLeft,
    SlaState sla)
    implements Serializable {}
