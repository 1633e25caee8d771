package th.go.sesaoret.servicedesk.audit.application;

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
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import th.go.sesaoret.servicedesk.audit.domain.AuditEntry;
import th.go.sesaoret.servicedesk.audit.domain.AuditEntry.Fact;

/**
 * Writes and reads the audit trail. An action is recorded in the action's own transaction, so an
 * action that rolls back (a lost race) leaves no entry claiming it happened; a refusal is recorded
 * in a new transaction, so it is kept although the refused action rolls back.
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
// any signed-in person writes entries; search is ADMIN (a request's own trail is the request's)
@RolesAllowed({
  REQUESTER_NAME,
  CLERK_NAME,
  STAFF_NAME,
  GROUP_DIRECTOR_NAME,
  DEPUTY_DIRECTOR_NAME,
  DIRECTOR_NAME,
  ADMIN_NAME
})
public class AuditTrail {
  @PersistenceContext private EntityManager em;
  @Inject private Clock clock;
  @Resource private SessionContext session;

  @TransactionAttribute(TransactionAttributeType.MANDATORY)
  public void record(String sourceIp, Fact fact) {
    em.persist(new AuditEntry(clock.instant(), caller(), sourceIp, fact));
  }

  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public void refused(String sourceIp, Fact fact) {
    em.persist(new AuditEntry(clock.instant(), caller(), sourceIp, fact));
  }

  /** The administrator's search, newest first; every criterion is optional. */
  @RolesAllowed(ADMIN_NAME)
  public List<AuditEntry> search(AuditSearch criteria, int first, int size) {
    return criteria
        .apply(
            em,
            "select e from AuditEntry e",
            " order by e.occurredAt desc, e.id desc",
            AuditEntry.class)
        .setFirstResult(first)
        .setMaxResults(size)
        .getResultList();
  }

  /** As {@link #search(AuditSearch, int, int)}, criterion by criterion (null means any). */
  @RolesAllowed(ADMIN_NAME)
  public List<AuditEntry> search(
      String username, String action, Instant from, Instant to, int first, int size) {
    return search(new AuditSearch(username, action, from, to), first, size);
  }

  @RolesAllowed(ADMIN_NAME)
  public long count(String username, String action, Instant from, Instant to) {
    return count(new AuditSearch(username, action, from, to));
  }

  @RolesAllowed(ADMIN_NAME)
  public long count(AuditSearch criteria) {
    return criteria
        .apply(em, "select count(e) from AuditEntry e", "", Long.class)
        .getSingleResult();
  }

  private String caller() {
    return session.getCallerPrincipal().getName();
  }
}
