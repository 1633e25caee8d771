package th.go.sesaoret.servicedesk.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/** The administrator's pages in a real browser: accounts, time standards, access log. */
class AdminPagesIT extends BrowserTest {

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
  void anAccountCreatedOnThePageCanSignInAndLandsOnItsHome() throws Exception {
    browser.open("/admin/people.xhtml");
    browser.find("#people\\:table\\:newAccount").click();
    browser.find("#newAccountForm\\:username");
    browser.type("#newAccountForm\\:username", "teacher.somsri");
    browser.type("#newAccountForm\\:fullName", "ครูสมศรี มีสุข");
    browser.type("#newAccountForm\\:email", "somsri@example.go.th");
    browser.type("#newAccountForm\\:password", "Teacher2569");
    tickRole("ผู้รับบริการ");
    browser.screenshot("admin-people-new");
    browser.find("#newAccountForm\\:save").click();
    browser.waitUntilHidden("#newAccountDialog");

    browser.waitForText("#people\\:table", "teacher.somsri");
    assertTrue(browser.text().contains("ครูสมศรี มีสุข"));
    browser.screenshot("admin-people");

    browser.signOut();
    browser.signIn("teacher.somsri", "Teacher2569");
    assertEquals("/requester/home.xhtml", browser.path());
  }

  /**
   * Makes sure a role is ticked in the new-account dialog (REQUESTER is ticked by default), by
   * clicking PrimeFaces' styled box as a person would.
   */
  private static void tickRole(String label) {
    String row = "//*[@id='newAccountForm:roles']//label[normalize-space()='" + label + "']";
    By input = By.xpath(row + "/preceding-sibling::div//input");
    if (!browser.driver.findElement(input).isSelected()) {
      browser.clickXpath(row + "/preceding-sibling::div//div[contains(@class,'ui-chkbox-box')]");
    }
    assertTrue(browser.driver.findElement(input).isSelected(), label + " is ticked");
  }

  @Test
  void aWeakPasswordIsRefusedInThaiAndTheDialogStaysOpen() {
    browser.open("/admin/people.xhtml");
    browser.find("#people\\:table\\:newAccount").click();
    browser.type("#newAccountForm\\:username", "weak.one");
    browser.type("#newAccountForm\\:fullName", "ผู้ใช้ รหัสสั้น");
    browser.type("#newAccountForm\\:password", "short1");
    tickRole("ผู้รับบริการ");
    browser.find("#newAccountForm\\:save").click();

    browser.waitForText(
        "#newAccountForm\\:newAccountMessages", "รหัสผ่านต้องมีอย่างน้อย 10 ตัวอักษร");
    assertTrue(browser.find("#newAccountForm\\:username").isDisplayed());
  }

  @Test
  void theStandardsPageListsTheSixteenStepsAndRefusesAZeroStandard() throws Exception {
    browser.open("/admin/catalog.xhtml");
    String text = browser.text();
    for (TheManual.Step step : TheManual.STEPS) {
      assertTrue(text.contains(step.thai()), "missing step: " + step.thai());
    }
    browser.screenshot("admin-catalog");

    // the repair service (third), its step 3 (1 hour)
    browser.find("#catalog\\:services\\:2\\:steps\\:2\\:editStandard").click();
    browser.find("#standardForm\\:min_input");
    browser.script("PF('widget_standardForm_min').setValue(0)");
    browser.find("#standardForm\\:save").click();

    browser.waitForText("#standardForm\\:standardMessages", "ระยะเวลาต้องมากกว่าศูนย์");
    browser.screenshot("admin-catalog-refused");
    browser.open("/admin/catalog.xhtml");
    assertEquals(
        "1 ชั่วโมง", browser.find("#catalog\\:services\\:2\\:steps\\:2\\:standard").getText());
  }

  @Test
  void theAccessLogShowsSignInsInTheBuddhistEra() throws Exception {
    browser.open("/admin/access-log.xhtml");
    String text = browser.waitForText("#accessLog\\:table", "admin").getText();
    assertTrue(text.contains("เข้าสู่ระบบ"), text);
    int buddhistYear = java.time.Year.now(java.time.ZoneId.of("Asia/Bangkok")).getValue() + 543;
    assertTrue(text.contains(String.valueOf(buddhistYear)), text);
    assertTrue(text.contains("127.0.0.1") || text.contains("0:0:0:0:0:0:0:1"), text);
    browser.screenshot("admin-access-log");
  }

  @Test
  void theHolidayPageListsTheYearAndFlagsProvisionalDays() throws Exception {
    browser.open("/admin/holidays.xhtml");
    selectYear("2569");
    String year2569 = browser.waitForText("#holidays\\:table", "7 ธันวาคม 2569").getText();
    assertTrue(year2569.contains("วันหยุดชดเชยวันคล้ายวันพระบรมราชสมภพ รัชกาลที่ ๙"), year2569);
    assertTrue(year2569.contains("วันปิยมหาราช"), year2569);
    browser.screenshot("admin-holidays");

    selectYear("2570");
    browser.waitForText("#holidays\\:table", "2570");
    assertTrue(browser.find("#holidays\\:provisional").getText().contains("คาดการณ์"));
    browser.screenshot("admin-holidays-2570");
  }

  /** Chooses a year as a person would, waiting for the menu's panel to open (BrowserTest). */
  private static void selectYear(String buddhistYear) {
    choose("holidays\\:year", "='" + buddhistYear + "'");
  }
}
