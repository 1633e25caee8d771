package th.go.sesaoret.servicedesk.request.application;

import static th.go.sesaoret.servicedesk.security.domain.Role.CLERK_NAME;
import static th.go.sesaoret.servicedesk.security.domain.Role.REQUESTER_NAME;
import static th.go.sesaoret.servicedesk.security.domain.Role.STAFF_NAME;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJBException;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.time.LocalDate;
import th.go.sesaoret.servicedesk.catalog.domain.Service;
import th.go.sesaoret.servicedesk.request.domain.RequestCounter;
import th.go.sesaoret.servicedesk.shared.OfficeTime;

/**
 * Running numbers per service per Buddhist year (ซ.0001/2569), concurrency-safe: the counter row is
 * read under a pessimistic write lock, so filings of one service queue on it until commit. The
 * first filing of a year inserts the row in its own transaction; if another filing inserted it
 * meanwhile, the unique key refuses ours, and we read theirs (retry once).
 */
@Stateless
// DLICT staff file too, where a service lets them (ServicePlugin.staffMayFileFor)
@RolesAllowed({REQUESTER_NAME, CLERK_NAME, STAFF_NAME})
public class RequestNumbering {
  @PersistenceContext private EntityManager em;
  @Resource private SessionContext session;

  @TransactionAttribute(TransactionAttributeType.MANDATORY)
  public String next(Service service, Instant at) {
    return counter(service.code().name(), at).next(service.numberPrefix());
  }

  /** The next number of a registry of its own (a service's own registry): 0001/2569. */
  @TransactionAttribute(TransactionAttributeType.MANDATORY)
  public String nextPlain(String counterName, Instant at) {
    return counter(counterName, at).nextPlain();
  }

  private RequestCounter counter(String name, Instant at) {
    int year = LocalDate.ofInstant(at, OfficeTime.ZONE).getYear() + 543;
    var key = new RequestCounter.Key(name, year);
    RequestCounter counter = em.find(RequestCounter.class, key, LockModeType.PESSIMISTIC_WRITE);
    if (counter == null) {
      try {
        session.getBusinessObject(RequestNumbering.class).startYear(name, year);
      } catch (EJBException raced) {
        // another filing started the year first: its row is there now
      }
      counter = em.find(RequestCounter.class, key, LockModeType.PESSIMISTIC_WRITE);
    }
    return counter;
  }

  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public void startYear(String counterName, int buddhistYear) {
    em.persist(new RequestCounter(new RequestCounter.Key(counterName, buddhistYear)));
    em.flush();
  }
}
