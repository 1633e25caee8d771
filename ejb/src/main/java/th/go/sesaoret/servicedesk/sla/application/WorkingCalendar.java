package th.go.sesaoret.servicedesk.sla.application;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.util.concurrent.atomic.AtomicLong;
import java.util.logging.Logger;
import th.go.sesaoret.servicedesk.sla.domain.BusinessCalendar;
import th.go.sesaoret.servicedesk.sla.domain.Holiday;
import th.go.sesaoret.servicedesk.sla.domain.HolidayList;
import th.go.sesaoret.servicedesk.sla.domain.OfficeHours;

/**
 * The office's business calendar: government office hours less every closed day of the holiday
 * table. Built once and kept, because every step action needs it and the table changes a few times
 * a year; whoever changes the holiday table calls {@link #changed()}. Open to every caller (the SLA
 * timer runs without a user); it reveals only the public holiday list.
 */
@Singleton
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@PermitAll
public class WorkingCalendar {
  private static final Logger LOG = Logger.getLogger(WorkingCalendar.class.getName());

  @PersistenceContext private EntityManager em;
  @Resource private TransactionSynchronizationRegistry registry;

  private volatile BusinessCalendar calendar;

  /** Counts committed changes, so a load that raced with a change is not kept. */
  private final AtomicLong generation = new AtomicLong();

  public BusinessCalendar calendar() {
    BusinessCalendar current = calendar;
    return current != null ? current : reload();
  }

  /**
   * The holiday table is changing in the caller's transaction: once it commits, the next {@link
   * #calendar()} reads the table again. Not before, so a rolled-back change is never cached.
   */
  public void changed() {
    registry.registerInterposedSynchronization(
        new Synchronization() {
          @Override
          public void beforeCompletion() {
            // nothing to do before the commit
          }

          @Override
          public void afterCompletion(int status) {
            if (status == Status.STATUS_COMMITTED) {
              generation.incrementAndGet();
              calendar = null;
            }
          }
        });
  }

  /** Reads the holiday table again, now. */
  @TransactionAttribute(TransactionAttributeType.SUPPORTS)
  public synchronized BusinessCalendar reload() {
    long seen = generation.get();
    var holidays = em.createQuery("select h from Holiday h", Holiday.class).getResultList();
    BusinessCalendar loaded =
        BusinessCalendar.of(OfficeHours.government(), HolidayList.from(holidays));
    if (generation.get() == seen) {
      calendar = loaded;
    }
    LOG.fine(() -> "Business calendar loaded with " + holidays.size() + " holiday rows");
    return loaded;
  }
}
