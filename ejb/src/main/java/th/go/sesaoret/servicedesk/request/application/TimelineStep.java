package th.go.sesaoret.servicedesk.request.application;

import java.io.Serializable;
import java.time.Instant;
import th.go.sesaoret.servicedesk.catalog.domain.TimeBasis;
import th.go.sesaoret.servicedesk.catalog.domain.TimeStandard;
import th.go.sesaoret.servicedesk.request.domain.StepOutcome;
import th.go.sesaoret.servicedesk.security.domain.Role;

/**
 * One step on a request's timeline: its name in the asked language (the catalog's, or the service's
 * own wording), its time standard as a value (the page words it), due, finished, on time or late
 * (working minutes), who acted and their comment. User names are for checks; the screens show
 * {@code actorName} and {@code assigneeName}.
 */
public record TimelineStep(
    Long stepId,
    int order,
    String name,
    Role actingRole,
    String assignee,
    TimeStandard standard,
    TimeBasis timeBasis,
    int round,
    Instant startedAt,
    Instant dueAt,
    Instant finishedAt,
    StepOutcome outcome,
    String actor,
    String comment,
    boolean paused,
    Boolean onTime,
    Long lateByMinutes,
    PersonName actorName,
    PersonName assigneeName)
    implements Serializable {}
