package th.go.sesaoret.servicedesk.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.Keys;
import org.openqa.selenium.support.ui.WebDriverWait;

/** The administrator's operations pages in a real browser: audit trail, dead letters, acting. */
class AdminOperationsIT extends BrowserTest {

  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return Deployments.application();
  }

  @BeforeEach
  void signInAsAdmin() {
    browser.driver.manage().deleteAllCookies();
    browser.signIn("admin", DEMO_PASSWORD);
  }

  @Test
  void anAppointedActingDirectorIsListed() throws Exception {
    appoint("deputy");
    browser.waitForText("#acting\\:table", "deputy");
    String table = browser.find("#acting\\:table").getText();
    assertTrue(table.contains("ผอ.สพม.รอ"), table);
    browser.screenshot("admin-acting");
  }

  @Test
  void theAuditTrailListsTheAppointmentAfterASearch() throws Exception {
    appoint("groupdirector");
    browser.waitForText("#acting\\:table", "groupdirector");

    browser.open("/admin/audit.xhtml");
    browser.type("#auditSearch\\:username", "admin");
    browser.find("#auditSearch\\:search").click();
    browser.waitForText("#auditResult\\:table", "แต่งตั้งผู้รักษาราชการแทน");
    String table = browser.find("#auditResult\\:table").getText();
    assertTrue(table.contains("groupdirector"), table);
    ajaxDone();
    browser.screenshot("admin-audit");
    assertEquals("", browser.find("#auditSearch\\:action_input").getAttribute("value"));

    browser.type("#auditSearch\\:action_input", "ACTING_APPOINT");
    browser.find("#auditSearch\\:action_input").sendKeys(Keys.ESCAPE);
    browser.find("#auditTitle").click();
    browser.find("#auditSearch\\:search").click();
    browser.waitForText("#auditResult\\:table", "groupdirector");
    ajaxDone();
    assertEquals(
        "ACTING_APPOINT", browser.find("#auditSearch\\:action_input").getAttribute("value"));

    browser.type("#auditSearch\\:username", "nobody.here");
    browser.find("#auditSearch\\:search").click();
    browser.waitForText("#auditResult\\:table", "ไม่พบบันทึกที่ตรงกับเงื่อนไข");
  }

  @Test
  void theDeadLettersPageListsTheQueue() throws Exception {
    // the queue may hold a dead letter that NoticeIT left on purpose: either state is listed
    browser.open("/admin/dead-letters.xhtml");
    assertTrue(deadLettersListed(), browser.find("#deadLetters\\:table").getText());
    browser.find("#deadLetters\\:table\\:refresh").click();
    ajaxDone();
    assertTrue(deadLettersListed(), browser.find("#deadLetters\\:table").getText());
    assertFalse(browser.text().contains("เกิดข้อผิดพลาด"));
    browser.screenshot("admin-dead-letters");
  }

  private static boolean deadLettersListed() {
    String table = browser.find("#deadLetters\\:table").getText();
    return table.contains("ไม่มีการแจ้งเตือนที่ส่งไม่สำเร็จ") || table.contains("จำนวนข้อความ");
  }

  @Test
  void theAdminHomeLinksToTheOperationsPages() {
    browser.open("/admin/home.xhtml");
    browser.clickAndWait("#goAudit");
    assertTrue(browser.path().startsWith("/admin/audit.xhtml"), browser.path());
    browser.open("/admin/home.xhtml");
    browser.clickAndWait("#goDeadLetters");
    assertTrue(browser.path().startsWith("/admin/dead-letters.xhtml"), browser.path());
    browser.open("/admin/home.xhtml");
    browser.clickAndWait("#goActing");
    assertTrue(browser.path().startsWith("/admin/acting.xhtml"), browser.path());
  }

  /** Waits until PrimeFaces has no ajax request in flight. */
  private static void ajaxDone() {
    new WebDriverWait(browser.driver, Duration.ofSeconds(20))
        .until(d -> Boolean.TRUE.equals(browser.script("return PrimeFaces.ajax.Queue.isEmpty();")));
  }

  private static void setDate(String widget, LocalDate day) {
    browser.script(
        "PF('"
            + widget
            + "').setDate(new Date("
            + day.getYear()
            + ","
            + (day.getMonthValue() - 1)
            + ","
            + day.getDayOfMonth()
            + "))");
  }

  /** Appoints {@code username} as acting director (the default position) from today for 7 days. */
  private static void appoint(String username) {
    LocalDate today = LocalDate.now(ZoneId.of("Asia/Bangkok"));
    browser.open("/admin/acting.xhtml");
    browser.type("#appoint\\:username", username);
    // set the pickers through their widget: typing into a date picker races its popup
    setDate("widget_appoint_from", today);
    setDate("widget_appoint_to", today.plusDays(7));
    browser.find("#appoint\\:save").click();
    browser.waitForText("#appoint\\:appointMessages", username);
  }
}
