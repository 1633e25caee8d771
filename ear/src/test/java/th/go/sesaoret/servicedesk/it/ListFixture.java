package th.go.sesaoret.servicedesk.it;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;

/** Moves a running step's due time into the past, so a test has an overdue step to filter. */
@Stateless
@PermitAll
public class ListFixture {
  @PersistenceContext(unitName = "servicedesk")
  private EntityManager em;

  public void dueAt(long requestId, int stepOrder, Instant due) {
    em.createQuery(
            "update StepInstance s set s.clock.dueAt = :due where s.request.id = :id"
                + " and s.stepOrder = :order")
        .setParameter("due", due)
        .setParameter("id", requestId)
        .setParameter("order", stepOrder)
        .executeUpdate();
  }
}
