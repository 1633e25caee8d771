package th.go.sesaoret.servicedesk.sla.application;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.logging.Logger;
import th.go.sesaoret.servicedesk.sla.domain.BusinessCalendar;
import th.go.sesaoret.servicedesk.sla.domain.Holiday;
import th.go.sesaoret.servicedesk.sla.domain.HolidayList;
import th.go.sesaoret.servicedesk.sla.domain.OfficeHours;

/**
 * The office's business calendar: government office hours less every closed day of the holiday
 * table. Built once and kept, because every step action needs it and the table changes a few times
 * a year; whoever changes the holiday table calls {@link #reload()}. Open to every caller (the SLA
 * timer runs without a user); it reveals only the public holiday list.
 */
@Singleton
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@PermitAll
public class WorkingCalendar {
  private static final Logger LOG = Logger.getLogger(WorkingCalendar.class.getName());

  @PersistenceContext private EntityManager em;

  private volatile BusinessCalendar calendar;

  public BusinessCalendar calendar() {
    BusinessCalendar current = calendar;
    return current != null ? current : reload();
  }

  /** Reads the holiday table again (after an administrator changed it). */
  @TransactionAttribute(TransactionAttributeType.SUPPORTS)
  public synchronized BusinessCalendar reload() {
    var holidays = em.createQuery("select h from Holiday h", Holiday.class).getResultList();
    calendar = BusinessCalendar.of(OfficeHours.government(), HolidayList.from(holidays));
    LOG.fine(() -> "Business calendar loaded with " + holidays.size() + " holiday rows");
    return calendar;
  }
}
