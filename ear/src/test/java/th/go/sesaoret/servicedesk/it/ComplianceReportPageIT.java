package th.go.sesaoret.servicedesk.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;

/**
 * The director's compliance report page (issue 13, H4): the current fiscal year by default, an
 * earlier one chosen, a figure opened on its requests, the downloads; Thai and English, 1366 and
 * 390 px. A staff member cannot open it.
 */
class ComplianceReportPageIT extends BrowserTest {
  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return Deployments.withTestClasses(ReportFixture.class, ReportFixtureServlet.class);
  }

  @Test
  void theDirectorSeesEachStepAgainstTheManualAndTheRequestsBehindAFigure() throws Exception {
    browser.signIn("director", DEMO_PASSWORD);
    browser.open("/it/report-fixture");
    browser.open("/home.xhtml");
    browser.clickAndWait("#shell\\:menuReport");
    assertTrue(browser.path().endsWith("/report/compliance.xhtml"), browser.path());
    assertTrue(browser.find("#periodText").getText().startsWith("ปีงบประมาณ พ.ศ. 25"));

    choose("period\\:year", "='2566'");
    browser.clickAndWait("#period\\:show");
    browser.waitForText("#periodText", "ปีงบประมาณ พ.ศ. 2566 (1 ต.ค. 2565 - 30 ก.ย. 2566)");
    String page = browser.text();
    assertTrue(page.contains("ผู้รับบริการยื่นคำร้องต่อธุรการกลุ่ม"), "the repair intake step");
    assertTrue(page.contains("30 นาที"), "the manual's standard next to it");
    assertFalse(page.contains("report."), "no raw key");

    // the intake: 3 finished, 2 of 3 within standard, median 40, one returned
    String intake = rowText("ผู้รับบริการยื่นคำร้องต่อธุรการกลุ่ม");
    assertTrue(intake.contains("66.7%"), intake);
    assertTrue(intake.contains("(2/3)"), intake);
    assertTrue(intake.contains("40"), intake);
    // the period's own address keeps it (a reload, a bookmark): the screenshots reload the page
    browser.open(
        browser.find("#pageLink").getAttribute("href").replaceFirst("^https?://[^/]+", ""));
    browser.waitForText("#periodText", "ปีงบประมาณ พ.ศ. 2566");
    browser.lookAt("report-compliance", true);
    browser.waitForText("#periodText", "ปีงบประมาณ พ.ศ. 2566");

    // the late one, behind its figure
    browser.clickXpath(
        "//tr[td[contains(., 'ผู้รับบริการยื่นคำร้องต่อธุรการกลุ่ม')]]//a[contains(@id, ':late')]");
    browser.waitForText("#drillTitle", "เกินมาตรฐาน");
    assertTrue(browser.find("#drillForm\\:requests").getText().contains("RPT-PAGE-3"));
    assertFalse(browser.find("#drillForm\\:requests").getText().contains("RPT-PAGE-1"));
    browser.fullScreenshot("report-compliance-drill-th-1366");
    browser.size(390, 844);
    browser.fullScreenshot("report-compliance-drill-th-390");
    browser.size(1280, 1500);

    Object[] xlsx = fetch(browser.find("#xlsx").getAttribute("href"));
    assertEquals(200L, ((Number) xlsx[0]).longValue());
    assertEquals("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", xlsx[1]);
    Object[] pdf = fetch(browser.find("#pdf").getAttribute("href"));
    assertEquals(200L, ((Number) pdf[0]).longValue());
    assertEquals("application/pdf", pdf[1]);
    Object[] csv = fetch(browser.find("#csv").getAttribute("href"));
    assertEquals(200L, ((Number) csv[0]).longValue());
    assertTrue(((String) csv[1]).startsWith("text/csv"), (String) csv[1]);
    String csvText =
        new String(
            java.util.Base64.getDecoder().decode((String) csv[2]),
            java.nio.charset.StandardCharsets.UTF_8);
    assertTrue(csvText.startsWith("\uFEFF"), "a byte order mark for Excel");
    assertTrue(csvText.contains("ปีงบประมาณ พ.ศ. 2566"), csvText);
    assertEquals(404L, status("/report/compliance.csv?kind=FISCAL_YEAR&year=abc"));

    browser.clickAndWait("#shell\\:langEn");
    assertTrue(browser.text().contains("Service performance against the manual"));
    browser.clickAndWait("#shell\\:langTh");
  }

  @Test
  void theRequesterAnswersTheSurveyOfAFinishedRequestOnItsPage() throws Exception {
    browser.signIn("requester", DEMO_PASSWORD);
    browser.open("/it/report-fixture");
    String id = browser.text().replaceAll("\\D+", "");
    browser.open("/requests/view.xhtml?id=" + id);
    browser.find("#survey\\:send");
    assertTrue(browser.text().contains("แบบประเมินความพึงพอใจต่อการให้บริการ"));
    browser.fullScreenshot("satisfaction-survey-th-1366");
    browser.size(390, 844);
    browser.fullScreenshot("satisfaction-survey-th-390");
    browser.size(1280, 1500);
    browser.find("#survey\\:send").click();
    browser.waitForText("#survey\\:surveyMessages", "กรุณาให้คะแนนทุกข้อ");
    browser.script(
        "document.querySelectorAll('#survey .ui-selectoneradio').forEach("
            + "r => r.querySelector('.ui-radiobutton-box').click());");
    browser.type("#survey\\:comment", "บริการดีมาก");
    browser.find("#survey\\:send").click();
    browser.waitForText("#survey\\:surveyMessages", "ขอบคุณ");
    assertTrue(browser.text().contains("ท่านได้ตอบแบบประเมินความพึงพอใจของคำขอนี้แล้ว"));
    assertTrue(browser.text().contains("บริการดีมาก"));
    browser.fullScreenshot("satisfaction-answered-th-1366");

    signInAgainAs("director");
    browser.open("/report/compliance.xhtml");
    String repair = rowText("การให้บริการแจ้งซ่อม");
    assertTrue(repair.contains("5.00"), repair);
    assertTrue(repair.contains("100.0%"), repair);
  }

  @Test
  void staffCannotOpenTheReport() {
    browser.signIn("staff", DEMO_PASSWORD);
    assertEquals(403L, status("/report/compliance.xhtml"));
    assertEquals(403L, status("/report/compliance.csv?kind=FISCAL_YEAR&year=2566"));
    assertFalse(browser.text().contains("รายงานผลการให้บริการ"), "no menu entry");
  }

  private static String rowText(String step) {
    return browser
        .driver
        .findElement(org.openqa.selenium.By.xpath("//tr[td[contains(., '" + step + "')]]"))
        .getText();
  }
}
