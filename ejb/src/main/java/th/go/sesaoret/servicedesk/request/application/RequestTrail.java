package th.go.sesaoret.servicedesk.request.application;

import static th.go.sesaoret.servicedesk.security.domain.Role.ADMIN_NAME;
import static th.go.sesaoret.servicedesk.security.domain.Role.CLERK_NAME;
import static th.go.sesaoret.servicedesk.security.domain.Role.DEPUTY_DIRECTOR_NAME;
import static th.go.sesaoret.servicedesk.security.domain.Role.DIRECTOR_NAME;
import static th.go.sesaoret.servicedesk.security.domain.Role.GROUP_DIRECTOR_NAME;
import static th.go.sesaoret.servicedesk.security.domain.Role.REQUESTER_NAME;
import static th.go.sesaoret.servicedesk.security.domain.Role.STAFF_NAME;

import jakarta.annotation.Resource;
import jakarta.annotation.security.DeclareRoles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import th.go.sesaoret.servicedesk.audit.application.AuditActions;
import th.go.sesaoret.servicedesk.audit.domain.AuditEntry;
import th.go.sesaoret.servicedesk.request.domain.RequestAuditAction;

/**
 * A request's audit trail for those who may see the request: worded for its page, or as entries. A
 * caller who may not see the request is refused with {@code request.notVisible} by the one check of
 * every read ({@link RequestAccess}), and the refusal is audited (the audit trail itself knows
 * nothing of requests).
 */
@Stateless
@DeclareRoles({
  REQUESTER_NAME,
  CLERK_NAME,
  STAFF_NAME,
  GROUP_DIRECTOR_NAME,
  DEPUTY_DIRECTOR_NAME,
  DIRECTOR_NAME,
  ADMIN_NAME
})
@RolesAllowed({
  REQUESTER_NAME,
  CLERK_NAME,
  STAFF_NAME,
  GROUP_DIRECTOR_NAME,
  DEPUTY_DIRECTOR_NAME,
  DIRECTOR_NAME,
  ADMIN_NAME
})
public class RequestTrail {
  @Inject private ActingRoles acting;
  @Resource private SessionContext session;
  @Inject private Clock clock;
  @Inject private AuditActions actions;
  @Inject private RequestReads reads;
  @Inject private RequestAccess access;

  /** A request's history worded for its page, oldest first, a page at a time. */
  public List<HistoryLine> history(long id, Locale locale, String sourceIp, int first, int size) {
    visible(id, RequestAuditAction.REQUEST_VIEW, sourceIp);
    return RequestHistory.page(reads, actions, id, locale, first, size);
  }

  public long countHistory(long id, String sourceIp) {
    visible(id, RequestAuditAction.REQUEST_VIEW, sourceIp);
    return reads.countHistory(id);
  }

  /** A request's entries, oldest first. */
  public List<AuditEntry> entries(long id, String sourceIp) {
    visible(id, RequestAuditAction.AUDIT_VIEW, sourceIp);
    return reads.history(id);
  }

  /** The one visibility check of every read ({@link RequestAccess}), audited when refused. */
  private void visible(long id, RequestAuditAction action, String sourceIp) {
    access.visible(id, Callers.actor(session, acting, clock.instant()), action.name(), sourceIp);
  }
}
