package th.go.sesaoret.servicedesk.repair.application;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import th.go.sesaoret.servicedesk.audit.domain.AuditEntry;
import th.go.sesaoret.servicedesk.audit.domain.AuditEntry.Fact;
import th.go.sesaoret.servicedesk.repair.domain.Confirmation;
import th.go.sesaoret.servicedesk.repair.domain.RepairJob;

/**
 * Closes repairs whose requester did not confirm within {@value RepairJob#CONFIRM_WORKING_DAYS}
 * working days of the report (indexed query on confirmation and close-due time). The moment is a
 * parameter, so tests control the clock.
 */
@Stateless
@PermitAll // called by the timer, which runs without a caller
public class RepairClosing {
  /** The audit trail's name for what the timer does (there is no caller). */
  static final String SYSTEM = "system";

  @PersistenceContext private EntityManager em;

  public int closeUnconfirmed(Instant now) {
    var due =
        em.createQuery(
                "select j from RepairJob j join fetch j.request"
                    + " where j.confirmation.state = :pending"
                    + " and j.confirmation.closeDueAt <= :now",
                RepairJob.class)
            .setParameter("pending", Confirmation.PENDING)
            .setParameter("now", now)
            .getResultList();
    int closed = 0;
    for (RepairJob job : due) {
      if (job.confirmation().closeIfUnconfirmed(now)) {
        closed++;
        var r = job.request();
        em.persist(
            new AuditEntry(
                now,
                SYSTEM,
                SYSTEM,
                new Fact(
                    "REPAIR_AUTO_CLOSE",
                    r.id(),
                    r.number(),
                    r.state(),
                    r.state(),
                    "not confirmed by " + job.confirmation().closeDueAt())));
      }
    }
    return closed;
  }
}
