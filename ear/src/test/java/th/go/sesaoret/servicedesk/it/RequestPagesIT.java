package th.go.sesaoret.servicedesk.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The general request screens in a real browser, those of a service without a plug-in (the manual's
 * three services have screens of their own): a requester files a request of {@link
 * GeneralServiceFixture}'s test service (the website publication's seven steps) on the general
 * form, labelled by the catalog's name as it has no word of its own, the deputy director takes it
 * from the work queue and signs with the password entered again (a wrong one is refused in Thai),
 * and the requester sees the signature on the timeline.
 */
class RequestPagesIT extends BrowserTest {
  private static final Pattern NUMBER =
      Pattern.compile(GeneralServiceFixture.PREFIX + "\\.\\d{4}/25\\d\\d");
  private static final String DEPUTY = "นางวิไลวรรณ ศรีสุข (รองผอ.สพม.รอ)";
  private static final String TITLE = "ข่าวประชาสัมพันธ์ การอบรมครูด้านเทคโนโลยีดิจิทัล";

  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return Deployments.withTestClasses(
        GeneralServiceFixture.class, GeneralServiceFixtureServlet.class);
  }

  @BeforeAll
  static void addTheGeneralService() throws Exception {
    generalService("add");
  }

  @AfterAll
  static void removeTheGeneralService() throws Exception {
    generalService("remove");
  }

  /** Adds ({@code add}, once) or removes ({@code remove}) the general test service. */
  static void generalService(String what) throws Exception {
    HttpResponse<String> done = new WebClient().get("/it/general-service?do=" + what);
    assertEquals(200, done.statusCode(), done.body());
    assertEquals("ok", done.body().strip(), done.body());
  }

  @Test
  void aGeneralRequestGoesFromTheFormToTheDeputyDirectorsSignature() throws Exception {
    String number = requesterFilesAGeneralRequest();
    deputyDirectorApprovesWithHisPassword(number);
    requesterSeesTheSignature(number);
  }

  @Test
  void aReturnedRequestIsCorrectedResubmittedAndThenCancelled() throws Exception {
    String number = requesterFilesAGeneralRequest();
    String view = browser.path();
    openAs("deputy", view);
    browser.type("#act\\:comment", "กรุณาระบุวันที่จัดอบรมในชื่อเรื่อง");
    browser.find("#act\\:return").click();
    browser.waitForText(
        "#actionMessages", "ส่งคำขอเลขที่ " + number + " กลับให้ผู้รับบริการแก้ไขแล้ว");
    assertEquals("ส่งกลับให้แก้ไข", browser.find("#status").getText().strip());

    openAs("requester", view);
    // the clock of the returned step stops while the requester corrects
    assertEquals("หยุดนับเวลา", timelineCellText(3, "paused"));
    browser.type("#correct\\:title", TITLE + " วันที่ 10 ธันวาคม 2569");
    browser.screenshot("request-correct");
    browser.find("#correct\\:resubmit").click();
    browser.waitForText("#actionMessages", "ยื่นคำขอเลขที่ " + number + " ที่แก้ไขแล้วเรียบร้อย");
    assertEquals("อยู่ระหว่างดำเนินการ", browser.find("#status").getText().strip());
    assertTrue(browser.find("#title").getText().contains("10 ธันวาคม 2569"));

    browser.find("#cancelForm\\:cancelPanel_toggler").click();
    browser.type("#cancelForm\\:reason", "เครื่องกลับมาใช้งานได้แล้ว");
    browser.find("#cancelForm\\:cancel").click();
    browser.find("#confirmForm\\:confirmYes").click();
    browser.waitForText("#actionMessages", "ยกเลิกคำขอเลขที่ " + number + " แล้ว");
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
    assertEquals(404L, status("/requests/view.xhtml?id=987654321"), "as the PDF: 404");
    assertEquals(404L, status("/requests/view.xhtml?id=not-a-number"));
  }

  /**
   * Issue 8, finding 1: step 6 of the publication's flow ("check the content"), copied by the test
   * service, is the requester's, in the middle of the flow. Their home says a request waits for
   * them, "my requests" marks it, the page offers the step's action, and completing it opens step
   * 7.
   */
  @Test
  void theRequesterIsOfferedTheirOwnStepInTheMiddleAndStepSevenOpens() throws Exception {
    String number = requesterFilesAGeneralRequest();
    String view = browser.path();
    signInAgainAs("deputy");
    for (int step = 3; step <= 4; step++) {
      browser.open(view);
      browser.waitForText("#act", "พิจารณาอนุมัติ ขั้นตอนที่ " + step);
      browser.type("#act\\:password", DEMO_PASSWORD);
      browser.find("#act\\:approve").click();
      browser.waitForText("#actionMessages", "ลงนามอนุมัติคำขอเลขที่ " + number);
    }
    openAs("staff", view);
    browser.waitForText("#act", "ขั้นตอนที่ 5");
    browser.type("#act\\:comment", "ร่างข่าวบนเว็บไซต์แล้ว รอผู้รับบริการตรวจ");
    browser.find("#act\\:complete").click();
    browser.waitForText("#actionMessages", number);
    assertTrue(browser.driver.findElements(By.id("act")).isEmpty(), "step 6 is not staff's");

    signInAgainAs("requester");
    // the welcome lines name the person, never the user name
    assertEquals("ครูสมชาย ใจดี", browser.find("#shell\\:callerName").getText().strip());
    assertEquals("ครูสมชาย ใจดี", browser.find("#welcomeName").getText().strip());
    assertTrue(browser.find("#waitingForMe").getText().contains("รอท่านดำเนินการ"));
    browser.open("/requests/mine.xhtml");
    browser.waitForText("#mine\\:table", number);
    assertTrue(browser.find("#mine\\:table").getText().contains("รอท่านดำเนินการ"));
    browser.openRequest(number);
    String panel = browser.waitForText("#act", "ขั้นตอนที่ 6").getText();
    assertTrue(panel.contains("ตรวจสอบความถูกต้องของเนื้อหา"), panel);
    assertTrue(
        browser.driver.findElements(By.id("act:return")).isEmpty(), "no return on one's own");
    assertTrue(browser.driver.findElements(By.id("act:approve")).isEmpty());
    browser.lookAt("request-step6-requester", true);
    browser.type("#act\\:comment", "ตรวจแล้ว เนื้อหาถูกต้อง");
    browser.find("#act\\:complete").click();
    browser.waitForText("#actionMessages", "ดำเนินการ");
    assertEquals("ดำเนินการแล้ว", timelineCellText(6, "outcome"));
    assertEquals("กำลังดำเนินการ", timelineCellText(7, "running"));
    assertEquals("ครูสมชาย ใจดี (ผู้รับบริการ)", timelineCellText(6, "actor"));
    assertTrue(browser.driver.findElements(By.id("act")).isEmpty());
    String history = openHistory();
    assertNoCodes(history);
    assertTrue(history.contains("ตรวจแล้ว เนื้อหาถูกต้อง"), history);
    browser.screenshot("request-step7-opened");
    browser.script("document.getElementById('history').scrollIntoView()");
    browser.fullScreenshot("request-history-requester-th");
    browser.clickAndWait("#shell\\:langEn");
    String english = openHistory();
    assertNoCodes(english);
    assertTrue(english.contains("Step 6"), english);
    browser.fullScreenshot("request-history-requester-en");
    browser.clickAndWait("#shell\\:langTh");

    openAs("staff", view);
    browser.waitForText("#act", "ขั้นตอนที่ 7");
    browser.lookAt("request-step7-staff", false);
  }

  /** Opens the collapsed history and returns its text. */
  private static String openHistory() {
    browser.find("#history\\:auditSection_toggler").click();
    // shown once the panel has slid open
    return new WebDriverWait(browser.driver, Duration.ofSeconds(10))
        .until(
            d -> {
              String rows = browser.find("#history\\:audit_data").getText();
              return rows.isBlank() ? null : browser.find("#history\\:audit").getText();
            });
  }

  /**
   * The requester's view of the history holds no state code, hash, role code, bundle key, nor (in
   * Thai, where no English word can hold them) a user name.
   */
  private static void assertNoCodes(String history) {
    List<String> raw =
        new ArrayList<>(
            List.of(
                "@",
                "sha256=",
                "REQUESTER",
                "GROUP_DIRECTOR",
                "DEPUTY_DIRECTOR",
                "OPEN",
                "request.",
                "audit.action",
                "{0"));
    if (!history.contains("Step ")) {
      raw.addAll(List.of("requester", "deputy", "groupdirector", "clerk", "staff"));
    }
    for (String code : raw) {
      assertFalse(history.contains(code), "'" + code + "' in the history: " + history);
    }
  }

  private String requesterFilesAGeneralRequest() throws Exception {
    browser.signIn("requester", DEMO_PASSWORD);
    browser.open("/requests/new.xhtml");
    // chosen through the widget: a click on the opening list races its animation
    browser.script(
        "PF('widget_newRequest_service').selectValue('" + GeneralServiceFixture.CODE + "')");
    // no word of its own in the bundles: the catalog's name, never a key
    assertEquals(
        GeneralServiceFixture.NAME_TH,
        browser.find("#newRequest\\:service_label").getText().strip());
    browser.type("#newRequest\\:title", TITLE);
    browser.type(
        "#newRequest\\:description",
        "ขอเผยแพร่ข่าวการอบรมครูด้านเทคโนโลยีดิจิทัลบนเว็บไซต์สำนักงาน หน้าข่าวประชาสัมพันธ์");
    Path form = Files.createTempFile("news-content", ".txt");
    Files.writeString(form, "เนื้อหาข่าว: การอบรมครูด้านเทคโนโลยีดิจิทัล");
    attach(form);
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
      // the test service's steps are the publication's
      if (step.service().equals("PUBLICATION")) {
        assertTrue(text.contains(step.thai()), "missing step: " + step.thai());
      }
    }
    String due = timelineCell(3, "dueAt");
    assertTrue(BUDDHIST_YEAR.matcher(due).find(), "due in the Buddhist era: " + due);
    assertTrue(BUDDHIST_YEAR.matcher(timelineCell(1, "finishedAt")).find());
    String history = openHistory();
    assertTrue(history.contains("ยื่นคำขอ") && history.contains("ครูสมชาย ใจดี"), history);
    assertNoCodes(history);
    browser.screenshot("request-view-requester");
    return number;
  }

  private void deputyDirectorApprovesWithHisPassword(String number) throws Exception {
    openAs("deputy", "/requests/queue.xhtml");
    browser.waitForText("#queue\\:table", number);
    browser.openRequest(number);

    browser.waitForText("#act", "พิจารณาอนุมัติ ขั้นตอนที่ 3");
    browser.type("#act\\:comment", "เห็นควรอนุมัติ เสนอลงนาม");
    browser.type("#act\\:password", "NotMyPassword1");
    browser.find("#act\\:approve").click();
    // the refusal shows next to the panel, in view and focused, not at the top of a long page
    browser.waitForText("#actionMessages", "รหัสผ่านไม่ถูกต้อง");
    assertFalse(
        browser.driver.findElement(By.id("messages")).getText().contains("รหัสผ่านไม่ถูกต้อง"));
    new WebDriverWait(browser.driver, Duration.ofSeconds(5))
        .until(d -> browser.inViewport("#actionMessages"));
    assertEquals("actionFeedback", browser.focused());
    browser.screenshot("request-approval-wrong-password");
    assertTrue(browser.text().contains(TITLE), "the request is still shown");
    assertEquals("", browser.find("#act\\:password").getAttribute("value"), "never redisplayed");

    browser.type("#act\\:comment", "เห็นควรอนุมัติ เสนอลงนาม");
    browser.type("#act\\:password", DEMO_PASSWORD);
    browser.screenshot("request-approval-deputy");
    browser.find("#act\\:approve").click();
    browser.waitForText("#actionMessages", "ลงนามอนุมัติคำขอเลขที่ " + number + " เรียบร้อยแล้ว");
    assertTrue(browser.inViewport("#actionMessages"), "the outcome is in view");
    assertEquals("อนุมัติ", timelineCellText(3, "outcome"));
    assertEquals(DEPUTY, timelineCellText(3, "actor"));
    assertTrue(
        browser.find("#approvals").getText().contains("อนุมัติทางอิเล็กทรอนิกส์โดย " + DEPUTY));
    assertTrue(
        browser.text().contains("พิจารณาอนุมัติ ขั้นตอนที่ 4"), "step 4 is the deputy's signature");
    browser.screenshot("request-approved-deputy");
  }

  private void requesterSeesTheSignature(String number) throws Exception {
    openAs("requester", "/requests/mine.xhtml");
    browser.waitForText("#mine\\:table", number);
    browser.screenshot("request-mine");
    browser.openRequest(number);

    assertEquals("อนุมัติ", timelineCellText(3, "outcome"));
    String signatures = browser.find("#approvals").getText();
    assertTrue(signatures.contains("อนุมัติทางอิเล็กทรอนิกส์โดย " + DEPUTY), signatures);
    assertFalse(signatures.contains("deputy"), "no user name: " + signatures);
    assertTrue(Pattern.compile("รหัสตรวจสอบ [0-9a-f]{16}").matcher(signatures).find(), signatures);
    assertTrue(BUDDHIST_YEAR.matcher(signatures).find(), signatures);
    browser.script("document.getElementById('approvals').scrollIntoView()");
    browser.screenshot("request-view-approved");
  }
}
