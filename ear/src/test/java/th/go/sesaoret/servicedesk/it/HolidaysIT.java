package th.go.sesaoret.servicedesk.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import java.time.LocalDate;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import th.go.sesaoret.servicedesk.shared.BusinessException;
import th.go.sesaoret.servicedesk.sla.application.HolidayAdministration;
import th.go.sesaoret.servicedesk.sla.application.HolidayForm;
import th.go.sesaoret.servicedesk.sla.application.HolidayRow;
import th.go.sesaoret.servicedesk.sla.domain.HolidayKind;

/** The holiday table as migrated and as the administrator keeps it. */
@ExtendWith(ArquillianExtension.class)
class HolidaysIT {
  @Deployment
  static EnterpriseArchive deployment() {
    return Deployments.withTestClasses(HolidaysIT.class);
  }

  @Inject HolidayAdministration holidays;
  @Inject AsAdmin admin;
  @Inject AsRequester requester;

  @Test
  void theSeedHasTheOfficialListOf2026AndTheProvisionalOneOf2027() {
    var days2026 = holidays.year(2026);
    assertTrue(days2026.stream().anyMatch(h -> h.date().equals(LocalDate.of(2026, 12, 7))));
    assertTrue(days2026.stream().noneMatch(HolidayRow::provisional));
    var days2027 = holidays.year(2027);
    assertTrue(
        days2027.stream().filter(HolidayRow::officeClosed).allMatch(HolidayRow::provisional));
    assertTrue(holidays.year(2030).isEmpty());
  }

  @Test
  void anAdministratorAddsAndRemovesADayOffAndNobodyElseMay() throws Exception {
    LocalDate day = LocalDate.of(2030, 3, 4);
    HolidayForm form =
        new HolidayForm(
            day,
            "วันหยุดพิเศษ (ทดสอบ)",
            "Special day off (test)",
            HolidayKind.SPECIAL,
            true,
            false,
            "test");

    assertThrows(EJBAccessException.class, () -> requester.call(() -> holidays.add(form)));
    HolidayRow added = admin.call(() -> holidays.add(form));
    assertEquals(1, holidays.year(2030).size());

    var duplicate =
        assertThrows(BusinessException.class, () -> admin.call(() -> holidays.add(form)));
    assertEquals("sla.holiday.dateTaken", duplicate.key());

    admin.call(
        () -> {
          holidays.remove(added.id());
          return null;
        });
    assertTrue(holidays.year(2030).isEmpty());
  }
}
