package th.go.sesaoret.servicedesk.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * The approval desk page (issue 13): the ICT group director finds what waits, ticks three, sees
 * each with its verification code, gives the repairs their technician and signs all three with one
 * password; in Thai and English, at 1366 and 390 px. A clerk acting for the group director today
 * finds the desk in the menu and signs too; without the appointment the menu has no desk.
 */
class ApprovalDeskPageIT extends BrowserTest {
  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return Deployments.withTestClasses(ApprovalDeskFixture.class, ApprovalDeskFixtureServlet.class);
  }

  private static String mark(String prefix) {
    return prefix + (System.currentTimeMillis() % 1_000_000);
  }

  private static void search(String text) {
    search(text, text);
  }

  /** Searches for {@code text}, then waits for {@code shown} in the table. */
  private static void search(String text, String shown) {
    browser.find("#desk\\:search").clear();
    browser.type("#desk\\:search", text);
    // the filter bar is rendered again with the table: once its button is gone, the table is new
    browser.clickAndWait("#desk\\:apply");
    browser.waitForText("#desk\\:table", shown);
  }

  private static List<WebElement> rows() {
    return browser.driver.findElements(By.cssSelector("#desk\\:table_data > tr.desk-row"));
  }

  private static void tickAll() {
    for (WebElement box :
        browser.driver.findElements(
            By.cssSelector("#desk\\:table_data .desk-pick .ui-chkbox-box"))) {
      box.click();
    }
  }

  private static void chooseTechnicians(int count) {
    for (int i = 0; i < count; i++) {
      choose("desk\\:cards\\:" + i + "\\:choice", "^='นายช่างชำนาญ'");
    }
    // the last menu's list closes (a list left open would stand beside a phone's page)
    browser.find("#confirmTitle").click();
    browser.waitUntilHidden(".ui-selectonemenu-panel");
  }

  @Test
  void theGroupDirectorSignsThreeWithOnePassword() throws Exception {
    browser.signIn("groupdirector", DEMO_PASSWORD);
    String mark = mark("DESK");
    browser.open("/it/approval-desk-fixture?n=3&mark=" + mark);
    browser.open("/home.xhtml");
    assertTrue(browser.text().contains("โต๊ะลงนามอนุมัติ"), "the home's link");
    browser.clickAndWait("#shell\\:menuApprovalDesk");
    assertTrue(browser.path().endsWith("/approval/desk.xhtml"), browser.path());
    search(mark);
    assertEquals(3, rows().size());
    String list = browser.find("#desk\\:table").getText();
    assertTrue(list.contains("การให้บริการแจ้งซ่อม") || list.contains("แจ้งซ่อม"), list);
    assertTrue(list.contains("ตามกำหนด"), "the SLA state: " + list);
    assertTrue(list.contains("ครูสมชาย ใจดี"), "the requester by name");
    assertFalse(browser.text().contains("approval."), "no raw key");
    browser.fullScreenshot("approval-desk-list-th-1366");
    browser.size(390, 844);
    assertFalse(browser.overflowsSideways(), "the desk fits a phone");
    browser.fullScreenshot("approval-desk-list-th-390");
    browser.size(1366, 900);

    tickAll();
    browser.find("#desk\\:confirm").click();
    browser.waitForText("#confirmTitle", "ตรวจทีละเรื่องก่อนลงนาม");
    List<WebElement> codes =
        browser.driver.findElements(By.cssSelector(".desk-card .desk-verification"));
    assertEquals(3, codes.size());
    assertTrue(codes.get(0).getText().length() >= 8, codes.get(0).getText());
    assertTrue(browser.text().contains("เรื่องที่ 3 จาก 3"));
    chooseTechnicians(3);
    browser.fullScreenshot("approval-desk-confirm-th-1366");
    browser.size(390, 844);
    assertFalse(browser.overflowsSideways(), "the confirmation fits a phone");
    browser.fullScreenshot("approval-desk-confirm-th-390");
    browser.size(1366, 900);

    // a wrong password signs nothing and keeps the items shown
    browser.type("#desk\\:password", "not-my-password");
    browser.find("#desk\\:signAll").click();
    browser.waitForText("#desk\\:deskMessages", "รหัสผ่านไม่ถูกต้อง");
    assertEquals(3, browser.driver.findElements(By.cssSelector(".desk-card")).size());
    browser.type("#desk\\:password", DEMO_PASSWORD);
    browser.find("#desk\\:signAll").click();
    browser.waitForText("#desk\\:deskMessages", "ลงนามอนุมัติเรียบร้อย 3 เรื่อง");
    String result = browser.find("#desk\\:result").getText();
    for (int i = 0; i < 3; i++) {
      assertTrue(result.contains("ลงนามแล้ว รหัสตรวจสอบ"), result);
    }
    browser.fullScreenshot("approval-desk-signed-th-1366");
    search(mark, "ไม่มีเรื่องที่รอการพิจารณาของท่าน");
    assertEquals(0, rows().size(), "nothing of them waits any more");

    // in English, two more
    String second = mark("DESKEN");
    browser.open("/it/approval-desk-fixture?n=2&mark=" + second);
    browser.open("/approval/desk.xhtml");
    browser.clickAndWait("#shell\\:langEn");
    search(second);
    assertTrue(browser.text().contains("Approval desk"));
    assertTrue(browser.find("#desk\\:table").getText().contains("On time"));
    browser.fullScreenshot("approval-desk-list-en-1366");
    browser.size(390, 844);
    assertFalse(browser.overflowsSideways());
    browser.fullScreenshot("approval-desk-list-en-390");
    browser.size(1366, 900);
    tickAll();
    browser.find("#desk\\:confirm").click();
    browser.waitForText("#confirmTitle", "Check each item before signing");
    chooseTechnicians(2);
    browser.type("#desk\\:password", DEMO_PASSWORD);
    browser.size(390, 844);
    browser.fullScreenshot("approval-desk-confirm-en-390");
    browser.size(1366, 900);
    browser.find("#desk\\:signAll").click();
    browser.waitForText("#desk\\:deskMessages", "2 signed.");
    browser.fullScreenshot("approval-desk-signed-en-1366");
    browser.clickAndWait("#shell\\:langTh");
  }

  @Test
  void aClerkActingForTheGroupDirectorFindsTheDeskAndSigns() throws Exception {
    browser.signIn("clerk", DEMO_PASSWORD);
    browser.open("/home.xhtml");
    assertTrue(browser.driver.findElements(By.id("shell:menuApprovalDesk")).isEmpty());
    String mark = mark("DESKACT");
    browser.open("/it/approval-desk-fixture?n=1&acting=clerk&mark=" + mark);
    try {
      browser.open("/home.xhtml");
      browser.clickAndWait("#shell\\:menuApprovalDesk");
      search(mark);
      assertEquals(1, rows().size());
      browser.fullScreenshot("approval-desk-acting-th-1366");
      tickAll();
      browser.find("#desk\\:confirm").click();
      browser.waitForText("#confirmTitle", "ตรวจทีละเรื่องก่อนลงนาม");
      chooseTechnicians(1);
      browser.type("#desk\\:password", DEMO_PASSWORD);
      browser.find("#desk\\:signAll").click();
      browser.waitForText("#desk\\:deskMessages", "ลงนามอนุมัติเรียบร้อย 1 เรื่อง");
    } finally {
      browser.open("/it/approval-desk-fixture?end=clerk");
    }
    browser.open("/home.xhtml");
    assertTrue(browser.driver.findElements(By.id("shell:menuApprovalDesk")).isEmpty());
  }
}
