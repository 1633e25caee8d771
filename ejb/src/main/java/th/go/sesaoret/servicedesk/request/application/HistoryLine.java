package th.go.sesaoret.servicedesk.request.application;

import java.io.Serializable;
import java.time.Instant;
import java.util.List;
import th.go.sesaoret.servicedesk.audit.domain.AuditAction;
import th.go.sesaoret.servicedesk.request.domain.RequestStatus;

/**
 * One entry of a request's history as its page words it (the administrator's audit search keeps the
 * technical detail): who by name, what action, at which step (by name), what the request became,
 * the person's own words, or for a refused attempt the refusal's reason (bundle key and arguments,
 * worded by the page).
 *
 * @param who null when the system itself acted (a timer)
 * @param action null for an action this version does not know (shown as "an action")
 * @param step the step the request was at, or null
 * @param statusAfter the request's status after the action, or null (a refusal changes nothing)
 */
public record HistoryLine(
    Long id,
    Instant at,
    PersonName who,
    AuditAction action,
    boolean refused,
    Integer step,
    String stepName,
    RequestStatus statusBefore,
    RequestStatus statusAfter,
    Integer stepAfter,
    String stepAfterName,
    String note,
    String reasonKey,
    List<String> reasonArgs)
    implements Serializable {}
