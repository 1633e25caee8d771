package th.go.sesaoret.servicedesk.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.regex.Pattern;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The generic request screens in a real browser: a requester files a repair, the clerk takes it
 * from the work queue, the group director signs with the password entered again (a wrong one is
 * refused in Thai), and the requester sees the signature on the timeline.
 */
class RequestPagesIT extends BrowserTest {
  private static final Pattern NUMBER = Pattern.compile("ซ\\.\\d{4}/25\\d\\d");
  private static final Pattern BUDDHIST_YEAR = Pattern.compile("25(69|70)");
  private static final String TITLE = "เครื่องคอมพิวเตอร์ห้องธุรการเปิดไม่ติด";

  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return Deployments.application();
  }

  @BeforeEach
  void freshSession() {
    browser.driver.manage().deleteAllCookies();
  }

  @Test
  void aRepairGoesFromTheFormThroughTheClerkToTheGroupDirectorsSignature() throws Exception {
    String number = requesterFilesARepair();
    clerkCompletesTheIntake(number);
    groupDirectorApprovesWithHisPassword(number);
    requesterSeesTheSignature(number);
  }

  @Test
  void aReturnedRequestIsCorrectedResubmittedAndThenCancelled() throws Exception {
    String number = requesterFilesARepair();
    String view = browser.path();
    browser.signOut();
    browser.signIn("clerk", DEMO_PASSWORD);
    browser.open(view);
    browser.type("#act\\:comment", "กรุณาระบุเลขครุภัณฑ์ของเครื่อง");
    browser.find("#act\\:return").click();
    browser.waitForText("#messages", "ส่งคำขอเลขที่ " + number + " กลับให้ผู้รับบริการแก้ไขแล้ว");
    assertEquals("ส่งกลับให้แก้ไข", browser.find("#status").getText().strip());

    browser.signOut();
    browser.signIn("requester", DEMO_PASSWORD);
    browser.open(view);
    // the clock of the returned step stops while the requester corrects
    assertEquals("หยุดนับเวลา", timelineCellText(2, "paused"));
    browser.type("#correct\\:title", TITLE + " ครุภัณฑ์ 7440-001-0001");
    browser.screenshot("request-correct");
    browser.find("#correct\\:resubmit").click();
    browser.waitForText("#messages", "ยื่นคำขอเลขที่ " + number + " ที่แก้ไขแล้วเรียบร้อย");
    assertEquals("อยู่ระหว่างดำเนินการ", browser.find("#status").getText().strip());
    assertTrue(browser.find("#title").getText().contains("7440-001-0001"));

    browser.type("#cancelForm\\:reason", "เครื่องกลับมาใช้งานได้แล้ว");
    browser.find("#cancelForm\\:cancel").click();
    browser.find("#confirmForm\\:confirmYes").click();
    browser.waitForText("#messages", "ยกเลิกคำขอเลขที่ " + number + " แล้ว");
    assertEquals("ยกเลิก", browser.find("#status").getText().strip());
    assertTrue(browser.driver.findElements(By.id("cancelForm")).isEmpty());
  }

  @Test
  void aRequestOneMayNotSeeIsRefusedWithAMessageAndNoContent() {
    browser.signIn("requester", DEMO_PASSWORD);
    browser.open("/requests/view.xhtml?id=987654321");
    browser.waitForText("#messages", "ท่านไม่มีสิทธิ์เข้าถึงคำขอนี้");
    assertTrue(browser.driver.findElements(By.id("timeline")).isEmpty());
    assertFalse(browser.text().contains("Exception"));
  }

  private String requesterFilesARepair() throws Exception {
    browser.signIn("requester", DEMO_PASSWORD);
    browser.open("/requests/new.xhtml");
    browser.find("#newRequest\\:service").click();
    browser.clickXpath(
        "//li[contains(@class,'ui-selectonemenu-item')"
            + " and normalize-space()='แจ้งซ่อมฮาร์ดแวร์/ปรับปรุงซอฟต์แวร์']");
    browser.type("#newRequest\\:title", TITLE);
    browser.type(
        "#newRequest\\:description",
        "เครื่องคอมพิวเตอร์ตั้งโต๊ะในห้องธุรการกดปุ่มเปิดแล้วไม่มีภาพขึ้นหน้าจอ");
    Path form = Files.createTempFile("repair-form", ".txt");
    Files.writeString(form, "แบบแจ้งซ่อม: เครื่องคอมพิวเตอร์ห้องธุรการ");
    browser.driver.findElement(By.cssSelector("input[type=file]")).sendKeys(form.toString());
    browser.screenshot("request-new");
    browser.clickAndWait("#newRequest\\:submit");

    assertTrue(browser.path().startsWith("/requests/view.xhtml?id="), browser.path());
    String number = browser.find("#number").getText();
    assertTrue(NUMBER.matcher(number).matches(), number);
    String text = browser.text();
    assertTrue(text.contains("ยื่นคำขอเรียบร้อยแล้ว เลขที่คำขอ " + number));
    assertTrue(text.contains(TITLE));
    assertTrue(text.contains(form.getFileName().toString()), "the attachment is listed");
    for (TheManual.Step step : TheManual.STEPS) {
      if (step.service().equals("REPAIR")) {
        assertTrue(text.contains(step.thai()), "missing step: " + step.thai());
      }
    }
    String due = timelineCell(2, "dueAt");
    assertTrue(BUDDHIST_YEAR.matcher(due).find(), "due in the Buddhist era: " + due);
    assertTrue(BUDDHIST_YEAR.matcher(timelineCell(1, "finishedAt")).find());
    String history = browser.find("#auditSection").getText();
    assertTrue(history.contains("ยื่นคำขอ") && history.contains("requester"), history);
    browser.screenshot("request-view-requester");
    return number;
  }

  private void clerkCompletesTheIntake(String number) throws Exception {
    browser.signOut();
    browser.signIn("clerk", DEMO_PASSWORD);
    browser.open("/requests/queue.xhtml");
    browser.waitForText("#queue\\:table", number);
    browser.screenshot("request-queue-clerk");
    openLink(number);

    browser.type("#act\\:comment", "รับเรื่องแล้ว เสนอผู้อำนวยการกลุ่ม ICT พิจารณา");
    browser.find("#act\\:complete").click();
    browser.waitForText("#messages", "บันทึกการดำเนินการขั้นตอนของคำขอเลขที่ " + number);
    assertEquals("ดำเนินการแล้ว", timelineCellText(2, "outcome"));
    assertEquals("clerk", timelineCellText(2, "actor"));
  }

  private void groupDirectorApprovesWithHisPassword(String number) throws Exception {
    browser.signOut();
    browser.signIn("groupdirector", DEMO_PASSWORD);
    browser.open("/requests/queue.xhtml");
    browser.waitForText("#queue\\:table", number);
    openLink(number);

    browser.waitForText("#act", "พิจารณาอนุมัติ ขั้นตอนที่ 3");
    browser.type("#act\\:comment", "อนุมัติ มอบเจ้าหน้าที่กลุ่ม DLICT ดำเนินการซ่อม");
    browser.type("#act\\:password", "NotMyPassword1");
    browser.find("#act\\:approve").click();
    browser.waitForText("#messages", "รหัสผ่านไม่ถูกต้อง");
    assertTrue(browser.text().contains(TITLE), "the request is still shown");
    assertEquals("", browser.find("#act\\:password").getAttribute("value"), "never redisplayed");

    browser.type("#act\\:comment", "อนุมัติ มอบเจ้าหน้าที่กลุ่ม DLICT ดำเนินการซ่อม");
    browser.type("#act\\:password", DEMO_PASSWORD);
    browser.screenshot("request-approval-groupdirector");
    browser.find("#act\\:approve").click();
    browser.waitForText("#messages", "ลงนามอนุมัติคำขอเลขที่ " + number + " เรียบร้อยแล้ว");
    assertEquals("อนุมัติ", timelineCellText(3, "outcome"));
    assertEquals("groupdirector", timelineCellText(3, "actor"));
    assertTrue(
        browser.find("#approvals").getText().contains("อนุมัติทางอิเล็กทรอนิกส์โดย groupdirector"));
    assertTrue(browser.driver.findElements(By.id("act:approve")).isEmpty(), "step 4 is staff's");
    browser.screenshot("request-approved-groupdirector");
  }

  private void requesterSeesTheSignature(String number) throws Exception {
    browser.signOut();
    browser.signIn("requester", DEMO_PASSWORD);
    browser.open("/requests/mine.xhtml");
    browser.waitForText("#mine\\:table", number);
    browser.screenshot("request-mine");
    openLink(number);

    assertEquals("อนุมัติ", timelineCellText(3, "outcome"));
    String signatures = browser.find("#approvals").getText();
    assertTrue(signatures.contains("อนุมัติทางอิเล็กทรอนิกส์โดย groupdirector"), signatures);
    assertTrue(Pattern.compile("รหัสตรวจสอบ [0-9a-f]{16}").matcher(signatures).find(), signatures);
    assertTrue(BUDDHIST_YEAR.matcher(signatures).find(), signatures);
    browser.script("document.getElementById('approvals').scrollIntoView()");
    browser.screenshot("request-view-approved");
  }

  /** Follows a link by its text (a full-page GET) and waits for the next page. */
  private static void openLink(String text) {
    WebElement link =
        new WebDriverWait(browser.driver, Duration.ofSeconds(20))
            .until(ExpectedConditions.elementToBeClickable(By.linkText(text)));
    link.click();
    new WebDriverWait(browser.driver, Duration.ofSeconds(30))
        .until(ExpectedConditions.stalenessOf(link));
    browser.find("#number");
  }

  /** The text of one cell of the timeline (row = the step's order). */
  private static String timelineCell(int order, String id) {
    return browser.find("#timeline\\:" + (order - 1) + "\\:" + id).getText();
  }

  private static String timelineCellText(int order, String id) {
    return timelineCell(order, id).strip();
  }
}
