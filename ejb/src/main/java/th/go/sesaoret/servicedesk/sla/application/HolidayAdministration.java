package th.go.sesaoret.servicedesk.sla.application;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.SortedSet;
import java.util.TreeSet;
import th.go.sesaoret.servicedesk.security.domain.Role;
import th.go.sesaoret.servicedesk.shared.BusinessException;
import th.go.sesaoret.servicedesk.shared.OfficeTime;
import th.go.sesaoret.servicedesk.sla.domain.Holiday;

/**
 * The holiday table the business calendar counts with: the administrator keeps it, year by year
 * (lunar holidays, substitution and special days change every year).
 */
@Stateless
@RolesAllowed(Role.ADMIN_NAME)
public class HolidayAdministration {
  @PersistenceContext private EntityManager em;
  @Inject private Clock clock;
  @EJB private WorkingCalendar calendar;

  /** The holidays of one year (A.D.), in date order. */
  @PermitAll
  public List<HolidayRow> year(int year) {
    return em.createQuery(
            "select h from Holiday h where h.date >= :from and h.date < :to order by h.date",
            Holiday.class)
        .setParameter("from", LocalDate.of(year, 1, 1))
        .setParameter("to", LocalDate.of(year + 1, 1, 1))
        .getResultStream()
        .map(HolidayRow::of)
        .toList();
  }

  /** This year and next year (A.D.) when the table has no day for them: warn the administrator. */
  @PermitAll
  public SortedSet<Integer> comingYearsWithoutData() {
    int thisYear = LocalDate.now(clock.withZone(OfficeTime.ZONE)).getYear();
    SortedSet<Integer> missing = new TreeSet<>();
    for (int year = thisYear; year <= thisYear + 1; year++) {
      if (year(year).isEmpty()) {
        missing.add(year);
      }
    }
    return missing;
  }

  public HolidayRow add(HolidayForm form) {
    if (form.date() != null && findOn(form.date()) != null) {
      throw new BusinessException("sla.holiday.dateTaken");
    }
    Holiday holiday =
        new Holiday(form.date(), form.nameTh(), form.nameEn(), form.kind(), form.officeClosed());
    holiday.cite(form.reference(), form.provisional());
    em.persist(holiday);
    calendar.changed();
    return HolidayRow.of(holiday);
  }

  public HolidayRow update(long id, HolidayForm form) {
    Holiday holiday = find(id);
    holiday.rename(form.nameTh(), form.nameEn());
    holiday.classify(form.kind(), form.officeClosed());
    holiday.cite(form.reference(), form.provisional());
    calendar.changed();
    return HolidayRow.of(holiday);
  }

  /** A day announced by mistake: the calendar counts it as a working day again. */
  public void remove(long id) {
    em.remove(find(id));
    calendar.changed();
  }

  private Holiday find(long id) {
    Holiday holiday = em.find(Holiday.class, id);
    if (holiday == null) {
      throw new BusinessException("sla.holiday.notFound");
    }
    return holiday;
  }

  private Holiday findOn(LocalDate date) {
    return em.createQuery("select h from Holiday h where h.date = :d", Holiday.class)
        .setParameter("d", date)
        .getResultStream()
        .findFirst()
        .orElse(null);
  }
}
