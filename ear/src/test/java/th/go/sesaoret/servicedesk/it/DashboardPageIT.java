package th.go.sesaoret.servicedesk.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * The dashboards on the role home pages (issue 13, H3): the director's charts and, in their tables,
 * the numbers the database counted (two repairs filed now make this month's repair count two more;
 * their intakes, one on time and one late, show in the step's row); the group director's
 * technicians' load; the staff member's queue; the requester's states. Thai and English, 1366 and
 * 390 px, no Content-Security-Policy violation from the charts.
 */
class DashboardPageIT extends BrowserTest {
  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return Deployments.withTestClasses(DashboardFixture.class, DashboardFixtureServlet.class);
  }

  @Test
  void theDirectorsHomeChartsThisMonthWithTheNumbersInItsTables() throws Exception {
    browser.signIn("director", DEMO_PASSWORD);
    browser.open("/director/home.xhtml");
    long before = repairCount();
    String intakeBefore = intakeRow();
    browser.open("/it/dashboard-fixture");
    browser.open("/director/home.xhtml");
    browser.cspViolations();
    browser.open("/director/home.xhtml");

    assertEquals(before + 2, repairCount(), "two repairs filed now");
    String intake = intakeRow();
    assertTrue(intake.contains("ผู้รับบริการยื่นคำร้องต่อธุรการกลุ่ม"), intake);
    assertFalse(intake.equals(intakeBefore), "the intakes finished now count: " + intake);
    assertTrue(intake.matches(".*\\d+(\\.\\d)?%.*"), intake);
    assertTrue(browser.text().contains("รายการรอท่านพิจารณา"));
    assertTrue(
        browser.find("#dashPendingOpen").getAttribute("href").endsWith("/approval/desk.xhtml"));
    assertFalse(browser.text().contains("dashboard."), "no raw key");

    // the chart is drawn (chart.js took the canvas) and the page's policy held
    assertTrue(drawn("volumeChart"), "the volume chart is drawn");
    assertTrue(drawn("serviceRateChart"), "the on-time chart is drawn");
    assertTrue(drawn("stepRateChart"), "the per-step chart is drawn");
    assertTrue(
        browser.find("#volumeChart canvas").getAttribute("aria-label") != null
            || browser.find("#volumeChart").getAttribute("aria-label") != null,
        "the chart names its table");
    assertEquals(java.util.List.of(), browser.cspViolations());

    browser.lookAt("dashboard-director", true);

    browser.clickAndWait("#shell\\:langEn");
    browser.open("/director/home.xhtml");
    assertTrue(browser.text().contains("Requests this month per service"));
    assertTrue(
        browser.find("#dashVolumeTable").getText().contains("Hardware repair"),
        browser.find("#dashVolumeTable").getText());
    browser.clickAndWait("#shell\\:langTh");
  }

  @Test
  void theGroupDirectorAlsoSeesTheTechniciansLoadTheBacklogAndTheWeeksMeetings() throws Exception {
    browser.signIn("groupdirector", DEMO_PASSWORD);
    browser.open("/group-director/home.xhtml");
    assertTrue(browser.find("#dashVolumeTable").isDisplayed(), "the directors' cards too");
    String load = browser.find("#dashLoadTable").getText();
    assertTrue(load.contains("นายช่างชำนาญ ซ่อมเก่ง"), load);
    assertTrue(drawn("technicianChart"), "the load chart is drawn");
    assertTrue(browser.text().contains("การประชุมสัปดาห์นี้"));
    assertTrue(browser.text().contains("งานซ่อมค้าง"));
    assertEquals(java.util.List.of(), browser.cspViolations());
    browser.lookAt("dashboard-gd", true);
  }

  @Test
  void staffSeeTheirQueueAndRateAndARequesterTheirRequestsStates() throws Exception {
    browser.signIn("staff", DEMO_PASSWORD);
    browser.open("/it/dashboard-fixture");
    browser.open("/staff/home.xhtml");
    assertTrue(browser.find("#dashQueueCount").getText().matches("\\d+"));
    String rate = browser.find("#dashMyRateTable").getText();
    assertTrue(rate.contains("เดือนนี้"), rate);
    assertTrue(rate.matches("(?s).*\\d+(\\.\\d)?%.*"), "the intakes staff finished now: " + rate);
    assertTrue(drawn("staffChart"));
    assertFalse(browser.text().contains("#dashVolumeTable"), "no director card");
    assertTrue(browser.driver.findElements(By.id("dashVolumeTable")).isEmpty());
    browser.lookAt("dashboard-staff", false);

    signInAgainAs("requester");
    browser.open("/requester/home.xhtml");
    WebElement open = browser.find("#dashStates li[data-status='OPEN']");
    assertTrue(
        open.getText().contains("กำลังดำเนินการ") || open.getText().matches("(?s).*\\d+.*"),
        open.getText());
    assertTrue(
        open.findElement(By.tagName("a")).getAttribute("href").endsWith("/requests/mine.xhtml"));
    assertTrue(browser.driver.findElements(By.id("dashLoadTable")).isEmpty());
    browser.lookAt("dashboard-requester", true);
  }

  private static long repairCount() {
    return Long.parseLong(
        browser.find("#dashVolumeTable tr[data-code='REPAIR'] td").getText().trim());
  }

  private static String intakeRow() {
    java.util.List<WebElement> rows =
        browser.driver.findElements(
            By.xpath(
                "//table[@id='dashStepRateTable']//tr[th[contains(., 'ผู้รับบริการยื่นคำร้องต่อธุรการกลุ่ม')]]"));
    return rows.isEmpty() ? "" : rows.get(0).getText();
  }

  /** True when chart.js drew on the chart's canvas (it sets the canvas' size to its box). */
  private static boolean drawn(String id) {
    return (Boolean)
        browser.script(
            "const c = document.querySelector('#"
                + id
                + " canvas');"
                + " return !!c && c.width > 0 && c.height > 0"
                + " && !!(window.Chart && Chart.getChart && Chart.getChart(c));");
  }
}
