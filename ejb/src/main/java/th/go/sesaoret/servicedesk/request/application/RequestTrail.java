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
import jakarta.ejb.EJB;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Locale;
import th.go.sesaoret.servicedesk.audit.application.AuditActions;
import th.go.sesaoret.servicedesk.audit.application.AuditTrail;
import th.go.sesaoret.servicedesk.audit.domain.AuditEntry;
import th.go.sesaoret.servicedesk.audit.domain.AuditEntry.Fact;
import th.go.sesaoret.servicedesk.request.domain.RequestAuditAction;
import th.go.sesaoret.servicedesk.request.domain.Visibility;
import th.go.sesaoret.servicedesk.security.application.CallerRoles;
import th.go.sesaoret.servicedesk.shared.BusinessException;

/**
 * A request's audit trail for those who may see the request: worded for its page, or as entries. A
 * caller who may not see the request is refused with {@code request.notVisible}, and the refusal is
 * audited (the audit trail itself knows nothing of requests).
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
  @PersistenceContext private EntityManager em;
  @Resource private SessionContext session;
  @EJB private AuditTrail audit;
  @Inject private AuditActions actions;

  /** A request's history worded for its page, oldest first, a page at a time. */
  public List<HistoryLine> history(long id, Locale locale, String sourceIp, int first, int size) {
    visible(id, RequestAuditAction.REQUEST_VIEW, sourceIp);
    return RequestHistory.page(em, actions, id, locale, first, size);
  }

  public long countHistory(long id, String sourceIp) {
    visible(id, RequestAuditAction.REQUEST_VIEW, sourceIp);
    return RequestHistory.count(em, id);
  }

  /** A request's entries, oldest first. */
  public List<AuditEntry> entries(long id, String sourceIp) {
    visible(id, RequestAuditAction.AUDIT_VIEW, sourceIp);
    return em.createQuery(
            "select e from AuditEntry e where e.requestId = :id order by e.occurredAt, e.id",
            AuditEntry.class)
        .setParameter("id", id)
        .getResultList();
  }

  private void visible(long id, RequestAuditAction refused, String sourceIp) {
    String requester =
        em.createQuery("select r.requester from ServiceRequest r where r.id = :id", String.class)
            .setParameter("id", id)
            .getResultStream()
            .findFirst()
            .orElse(null);
    String me = session.getCallerPrincipal().getName();
    if (requester == null || !Visibility.maySee(me, CallerRoles.of(session), requester)) {
      audit.refused(
          sourceIp, Fact.of(refused.name(), id, "request " + id).detail("request.notVisible"));
      throw new BusinessException("request.notVisible");
    }
  }
}
