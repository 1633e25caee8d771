package th.go.sesaoret.servicedesk.report.infrastructure;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import org.hibernate.query.NativeQuery;

/** Creates an empty tally row in a transaction of its own (see {@link ComplianceTally}). */
@Stateless
@PermitAll // called by ComplianceTally, inside an action the caller was allowed
public class TallyRows {
  @PersistenceContext private EntityManager em;

  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public void create(LocalDate month, long definitionId, int bucket) {
    em.createNativeQuery(
            "insert into report_step_tally (month_start, definition_id, bucket) values (?1, ?2, ?3)")
        .unwrap(NativeQuery.class)
        .addSynchronizedQuerySpace(ComplianceTally.TABLE)
        .setParameter(1, month)
        .setParameter(2, definitionId)
        .setParameter(3, bucket)
        .executeUpdate();
  }
}
