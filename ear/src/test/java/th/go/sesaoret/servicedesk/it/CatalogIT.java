package th.go.sesaoret.servicedesk.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Locale;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import th.go.sesaoret.servicedesk.catalog.application.ServiceCatalog;
import th.go.sesaoret.servicedesk.catalog.application.ServiceManual;
import th.go.sesaoret.servicedesk.catalog.domain.ServiceCode;
import th.go.sesaoret.servicedesk.catalog.domain.ServiceVersion;
import th.go.sesaoret.servicedesk.catalog.domain.StandardUnit;
import th.go.sesaoret.servicedesk.catalog.domain.TimeBasis;
import th.go.sesaoret.servicedesk.catalog.domain.TimeStandard;
import th.go.sesaoret.servicedesk.security.domain.Role;
import th.go.sesaoret.servicedesk.shared.BusinessException;

/** The catalog EJB on a real WildFly, on the database the migrations built. */
@ExtendWith(ArquillianExtension.class)
class CatalogIT {
  private static final Locale THAI = Locale.forLanguageTag("th");

  @Deployment
  static EnterpriseArchive deployment() {
    return Deployments.withTestClasses(CatalogIT.class, TheManual.class, TheManual.Step.class);
  }

  @Inject ServiceCatalog catalog;
  @Inject AsAdmin admin;
  @Inject AsRequester requester;

  @Test
  void theThreeServicesHaveTheSixteenStepsOfTheManual() {
    List<ServiceManual> manual = catalog.manual(THAI);

    assertEquals(
        List.of(ServiceCode.PUBLICATION, ServiceCode.VIDEO_CONFERENCE, ServiceCode.REPAIR),
        manual.stream().map(ServiceManual::code).toList());
    assertEquals(16, manual.stream().mapToInt(m -> m.steps().size()).sum());
    for (TheManual.Step expected : TheManual.STEPS) {
      ServiceManual service =
          manual.stream().filter(m -> m.code().name().equals(expected.service())).findFirst().get();
      var step = service.steps().get(expected.order() - 1);
      assertEquals(expected.thai(), step.name(), "name of " + expected);
      assertEquals(expected.standard(), step.standard(), "standard of " + expected);
    }
    manual.forEach(m -> assertEquals("ไม่มี", m.fee()));
    manual.forEach(m -> assertEquals(4, m.laws().size()));
    assertEquals("4 วัน 2 ชั่วโมง", manual.get(2).total());
  }

  @Test
  void stepsKnowTheirRoleAndTimeBasis() {
    ServiceVersion repair = catalog.currentVersion(ServiceCode.REPAIR);
    assertEquals(Role.CLERK, repair.step(2).actingRole());
    assertEquals(Role.GROUP_DIRECTOR, repair.step(3).actingRole());

    ServiceVersion conference = catalog.currentVersion(ServiceCode.VIDEO_CONFERENCE);
    assertEquals(TimeBasis.OFFICE_TIME, conference.step(1).timeBasis());
    assertEquals(TimeBasis.BOOKING_CLOCK, conference.step(3).timeBasis());
    assertEquals(TimeStandard.range(3, 6, StandardUnit.HOURS), conference.step(3).standard());
  }

  @Test
  void onlyAnAdministratorMayChangeAStandard() {
    assertThrows(
        EJBAccessException.class,
        () ->
            catalog.changeStandard(ServiceCode.REPAIR, 4, 2, null, StandardUnit.WORKING_DAYS, ""));
    assertThrows(
        EJBAccessException.class,
        () ->
            requester.call(
                () ->
                    catalog.changeStandard(
                        ServiceCode.REPAIR, 4, 2, null, StandardUnit.WORKING_DAYS, "")));
    assertEquals(
        TimeStandard.of(1, StandardUnit.WORKING_DAYS),
        catalog.currentVersion(ServiceCode.REPAIR).step(4).standard());
  }

  @Test
  void aChangedStandardMakesANewVersionAndLeavesTheOldOneAlone() throws Exception {
    ServiceVersion before = catalog.currentVersion(ServiceCode.REPAIR);
    try {
      ServiceVersion after =
          admin.call(
              () ->
                  catalog.changeStandard(
                      ServiceCode.REPAIR, 4, 2, null, StandardUnit.WORKING_DAYS, "more parts"));

      assertEquals(before.versionNo() + 1, after.versionNo());
      ServiceVersion reloadedOld = catalog.version(before.id());
      assertFalse(reloadedOld.isCurrent());
      assertEquals(TimeStandard.of(1, StandardUnit.WORKING_DAYS), reloadedOld.step(4).standard());
      ServiceVersion current = catalog.currentVersion(ServiceCode.REPAIR);
      assertEquals(after.id(), current.id());
      assertEquals(TimeStandard.of(2, StandardUnit.WORKING_DAYS), current.step(4).standard());
      assertEquals(before.step(5).standard(), current.step(5).standard());
      assertTrue(catalog.history(ServiceCode.REPAIR).size() >= 2);
    } finally {
      admin.call(
          () ->
              catalog.changeStandard(
                  ServiceCode.REPAIR, 4, 1, null, StandardUnit.WORKING_DAYS, "back to the manual"));
    }
  }

  @Test
  void badStandardsAreRefusedWithAReason() {
    var zero =
        assertThrows(
            BusinessException.class,
            () ->
                admin.call(
                    () ->
                        catalog.changeStandard(
                            ServiceCode.REPAIR, 3, 0, null, StandardUnit.HOURS, "")));
    assertEquals("catalog.standard.notPositive", zero.key());
    var inverted =
        assertThrows(
            BusinessException.class,
            () ->
                admin.call(
                    () ->
                        catalog.changeStandard(
                            ServiceCode.VIDEO_CONFERENCE, 3, 6, 3, StandardUnit.HOURS, "")));
    assertEquals("catalog.standard.minAboveMax", inverted.key());
    assertEquals(1, catalog.currentVersion(ServiceCode.REPAIR).step(3).standard().min());
  }
}
