package th.go.sesaoret.servicedesk.security.application;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import th.go.sesaoret.servicedesk.security.domain.AccessLogEntry;
import th.go.sesaoret.servicedesk.security.domain.Role;

/** The traffic log for the administrator: newest first, paged by the database. */
@Stateless
@RolesAllowed(Role.ADMIN_NAME)
public class AccessLog {
  @PersistenceContext private EntityManager em;

  public List<AccessLogEntry> page(int first, int size) {
    return em.createQuery(
            "select e from AccessLogEntry e order by e.occurredAt desc, e.id desc",
            AccessLogEntry.class)
        .setFirstResult(first)
        .setMaxResults(size)
        .getResultList();
  }

  public long count() {
    return em.createQuery("select count(e) from AccessLogEntry e", Long.class).getSingleResult();
  }
}
