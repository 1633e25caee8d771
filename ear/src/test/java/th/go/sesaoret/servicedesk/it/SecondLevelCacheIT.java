package th.go.sesaoret.servicedesk.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import th.go.sesaoret.servicedesk.catalog.application.ServiceCatalog;
import th.go.sesaoret.servicedesk.catalog.application.ServiceManual;
import th.go.sesaoret.servicedesk.catalog.domain.ServiceCode;
import th.go.sesaoret.servicedesk.catalog.domain.StandardUnit;
import th.go.sesaoret.servicedesk.request.application.RequestQueries;
import th.go.sesaoret.servicedesk.request.application.RequestSubmission;
import th.go.sesaoret.servicedesk.security.application.PeopleAdministration;
import th.go.sesaoret.servicedesk.security.application.PersonRow;
import th.go.sesaoret.servicedesk.security.application.Profile;
import th.go.sesaoret.servicedesk.security.domain.Person;
import th.go.sesaoret.servicedesk.sla.application.HolidayAdministration;
import th.go.sesaoret.servicedesk.sla.application.HolidayForm;
import th.go.sesaoret.servicedesk.sla.application.HolidayRow;
import th.go.sesaoret.servicedesk.sla.application.WorkingCalendar;
import th.go.sesaoret.servicedesk.sla.domain.HolidayKind;

/**
 * The catalog, the holiday table and people's names come from the caches after the first reader,
 * and an administrator's change to any of them is seen at once, by the next page.
 */
@ExtendWith(ArquillianExtension.class)
class SecondLevelCacheIT {
  private static final Locale THAI = Locale.forLanguageTag("th");
  private static final String IP = "192.0.2.31";

  @Deployment
  static EnterpriseArchive deployment() {
    return Deployments.withTestClasses(
        SecondLevelCacheIT.class, CacheStatistics.class, GeneralServiceFixture.class);
  }

  @Inject ServiceCatalog catalog;
  @Inject HolidayAdministration holidays;
  @Inject WorkingCalendar calendar;
  @Inject PeopleAdministration people;
  @Inject Profile profile;
  @Inject RequestSubmission submission;
  @Inject RequestQueries queries;
  @Inject AsAdmin admin;
  @Inject AsRequester requester;
  @Inject GeneralServiceFixture general;

  @Test
  void theManualComesFromTheQueryCacheAfterTheFirstReader() throws Exception {
    CacheStatistics statistics = new CacheStatistics();
    catalog.manual(THAI);
    Map<String, Long> before = statistics.now();

    List<ServiceManual> manual = catalog.manual(THAI);

    Map<String, Long> read = statistics.since(before);
    System.out.println("[lean pages] the manual read again: " + read);
    assertEquals(3, manual.size());
    assertTrue(read.get("queryCacheHits") >= 2, "laws and versions from the query cache: " + read);
    assertEquals(0, read.get("queryCacheMisses"), read.toString());
  }

  @Test
  void aStandardTheAdministratorChangesIsInTheNextManual() throws Exception {
    String before = repairStep4();
    repairStep4(); // cached now
    try {
      admin.call(
          () ->
              catalog.changeStandard(
                  ServiceCode.REPAIR, 4, 2, null, StandardUnit.WORKING_DAYS, "cache test"));
      String after = repairStep4();
      assertNotEquals(before, after, "the manual shows the new standard at once");
      assertTrue(after.contains("2"), after);
      assertEquals(2, catalog.currentVersion(ServiceCode.REPAIR).step(4).standard().min());
    } finally {
      admin.call(
          () ->
              catalog.changeStandard(
                  ServiceCode.REPAIR, 4, 1, null, StandardUnit.WORKING_DAYS, "back to the manual"));
    }
    assertEquals(before, repairStep4());
  }

  /**
   * The request is filed on the general form, so of {@link GeneralServiceFixture}'s test service,
   * added for this test only (the manual above counts the manual's three services).
   */
  @Test
  void aRenamedPersonIsNamedSoOnTheRequestPageAndInTheHeader() throws Exception {
    general.add();
    try {
      long id =
          requester
              .call(
                  () ->
                      submission.submit(
                          ServiceCode.of(GeneralServiceFixture.CODE),
                          "ข่าว",
                          "หน้าข่าว",
                          List.of(),
                          IP))
              .id();
      PersonRow me = people("requester");
      String name = me.fullName();
      assertEquals(name, requesterName(id));
      assertEquals(name, requester.call(() -> profile.me().map(Person::fullName).orElseThrow()));
      Map<String, Long> before = new CacheStatistics().now();
      assertEquals(name, requesterName(id));
      assertEquals(name, requester.call(() -> profile.me().map(Person::fullName).orElseThrow()));
      Map<String, Long> read = new CacheStatistics().since(before);
      System.out.println("[lean pages] names read again: " + read);
      assertTrue(read.get("queryCacheHits") >= 2, "names from the query cache: " + read);
      assertEquals(0, read.get("queryCacheMisses"), read.toString());
      try {
        rename(me, "ครูสมชาย ใจดียิ่ง");
        assertEquals("ครูสมชาย ใจดียิ่ง", requesterName(id), "the request page names the new name");
        assertEquals(
            "ครูสมชาย ใจดียิ่ง",
            requester.call(() -> profile.me().map(Person::fullName).orElseThrow()),
            "the header names the new name");
      } finally {
        rename(me, name);
      }
      assertEquals(name, requesterName(id));
    } finally {
      general.remove();
    }
  }

  @Test
  void aDayOffTheAdministratorAddsClosesTheOfficeAtOnce() throws Exception {
    LocalDate day = LocalDate.of(2030, 3, 5);
    assertTrue(calendar.calendar().isWorkingDay(day), "a Tuesday");
    HolidayForm form =
        new HolidayForm(
            day,
            "วันหยุดพิเศษ (ทดสอบ)",
            "Special day off (test)",
            HolidayKind.SPECIAL,
            true,
            false,
            "test");
    HolidayRow added = admin.call(() -> holidays.add(form));
    try {
      assertFalse(calendar.calendar().isWorkingDay(day), "closed as soon as it is saved");
      assertEquals(1, holidays.year(2030).size());
    } finally {
      admin.call(
          () -> {
            holidays.remove(added.id());
            return null;
          });
    }
    assertTrue(calendar.calendar().isWorkingDay(day), "open again once the day is removed");
    assertTrue(holidays.year(2030).isEmpty());
  }

  private String repairStep4() {
    return catalog.manual(THAI).stream()
        .filter(s -> s.code().equals(ServiceCode.REPAIR))
        .findFirst()
        .orElseThrow()
        .steps()
        .get(3)
        .standard();
  }

  private String requesterName(long id) throws Exception {
    return requester.call(() -> queries.request(id, THAI, IP)).requesterName().fullName();
  }

  private PersonRow people(String username) throws Exception {
    return admin.call(() -> people.page(username, 0, 10)).stream()
        .filter(p -> p.username().equals(username))
        .findFirst()
        .orElseThrow();
  }

  private void rename(PersonRow person, String fullName) throws Exception {
    admin.call(
        () -> {
          people.update(person.id(), fullName, person.email(), person.roles());
          return null;
        });
  }
}
