package th.go.sesaoret.servicedesk.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Pattern;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The repair screens in a real browser, across the roles of the manual's service 3: the requester
 * files the repair form (refusals in Thai, nothing typed lost), the clerk registers and forwards,
 * the group director orders a technician with the password entered again, the technician works the
 * job from his queue, the requester confirms and rates it, and the equipment history lists it.
 */
class RepairPagesIT extends BrowserTest {
  private static final Pattern NUMBER = Pattern.compile("ซ\\.\\d{4}/25\\d\\d");
  private static final String REQUESTER = "ครูสมชาย ใจดี (ผู้รับบริการ)";
  private static final String STAFF_NAME = "นายช่างชำนาญ ซ่อมเก่ง";
  private static final String SYMPTOM = "เครื่องพิมพ์ห้องธุรการดึงกระดาษไม่เข้า มีไฟสีส้มกะพริบ";

  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return Deployments.application();
  }

  @Test
  void aRepairGoesFromTheFormToTheTechnicianAndIsConfirmedByTheRequester() throws Exception {
    String asset = "7440-001-" + ThreadLocalRandom.current().nextInt(1000, 10000);
    String view = requesterFilesTheRepairForm(asset);
    String number = browser.find("#number").getText();
    clerkRegistersAndForwards(view, number);
    groupDirectorOrdersTheTechnician(view, number);
    technicianWorksTheJob(number);
    requesterConfirmsAndRates(view, number);
    requesterPrintsThePaperForm(view, number, asset);
    theEquipmentHistoryListsTheRepair(asset, number);
  }

  @Test
  void theClerkFilesForAWalkInAndAnotherRequesterMayNotSeeIt() throws Exception {
    browser.signIn("clerk", DEMO_PASSWORD);
    browser.open("/repairs/new.xhtml");
    assertTrue(
        browser.find("#repairFormTitle").getText().contains("บันทึกแบบแจ้งซ่อมแทนผู้มาติดต่อ"));
    browser.type("#repair\\:requester", "requester");
    fillTheForm("7440-002-" + ThreadLocalRandom.current().nextInt(1000, 10000), "0431234567");
    browser.screenshot("repair-new-clerk");
    browser.clickAndWait("#repair\\:submit");
    assertTrue(browser.path().startsWith("/requests/view.xhtml?id="), browser.path());
    String view = browser.path();
    assertTrue(browser.find("#repairChannel").getText().contains("ยื่นที่ห้อง ICT"));
    assertEquals(
        "ผู้รับบริการกรอกแบบแจ้งซ่อมฯ ที่ห้อง ICT",
        timelineCellText(1, "stepName"),
        "a walk-in keeps the manual's words");
    assertEquals(REQUESTER, browser.find("#requester").getText().strip());
    assertEquals("นางสาวสมศรี รักงาน (ธุรการกลุ่ม)", browser.find("#filedBy").getText().strip());
    browser.screenshot("repair-view-walk-in");
    browser.type("#repairIntake\\:note", "กรุณาระบุห้องให้ชัดเจน");
    browser.find("#repairIntake\\:return").click();
    browser.waitForText("#actionMessages", "กลับให้ผู้รับบริการแก้ไขแล้ว");

    String other = "somchai.r" + ThreadLocalRandom.current().nextInt(1000, 10000);
    browser.signOut();
    adminCreatesRequester(other);
    browser.signOut();
    browser.signIn(other, "Somchai2569x");
    browser.open(view);
    String refusal = browser.waitForText("#messages", "ท่านไม่มีสิทธิ์เข้าถึงคำขอนี้").getText();
    assertTrue(browser.driver.findElements(By.id("repairPanel")).isEmpty());
    assertTrue(browser.driver.findElements(By.id("timeline")).isEmpty());
    assertFalse(browser.text().contains(SYMPTOM));
    assertFalse(browser.text().contains("Exception"));
    browser.screenshot("repair-view-refused");
    // nor can they print it: the form's address with that id answers 404, no PDF
    Object[] refused = fetch("/repairs/form.pdf?id=" + view.substring(view.indexOf("id=") + 3));
    assertEquals(404L, refused[0]);
    // nor tell it from a request that does not exist: both pages answer 404 with the same words
    assertEquals(404L, fetch(view)[0]);
    assertEquals(404L, fetch("/requests/view.xhtml?id=987654321")[0]);
    browser.open("/requests/view.xhtml?id=987654321");
    assertEquals(refusal, browser.find("#messages").getText());

    // the requester corrects the returned form, its fields filled in
    openAs("requester", view);
    browser.clickAndWait("#repairCorrect\\:correctRepair");
    assertTrue(browser.path().startsWith("/repairs/new.xhtml?correct="), browser.path());
    assertEquals("อาคาร 2", browser.find("#repair\\:building").getAttribute("value"));
    assertEquals(SYMPTOM, browser.find("#repair\\:symptom").getAttribute("value"));
    browser.type("#repair\\:room", "ห้องธุรการ ชั้น 2");
    browser.screenshot("repair-correct");
    browser.clickAndWait("#repair\\:submit");
    assertEquals(view, browser.path());
    assertTrue(browser.find("#messages").getText().contains("ที่แก้ไขแล้วเรียบร้อย"));
    assertEquals("อาคาร 2 · ห้องธุรการ ชั้น 2", browser.find("#repairLocation").getText().strip());
    assertEquals("อยู่ระหว่างดำเนินการ", browser.find("#status").getText().strip());
  }

  private String requesterFilesTheRepairForm(String asset) throws Exception {
    browser.signIn("requester", DEMO_PASSWORD);
    browser.open("/repairs/new.xhtml");
    browser.clickAndWait("#repair\\:submit");
    String text = browser.text();
    for (String refusal :
        new String[] {
          "กรุณาเลือกประเภทอุปกรณ์",
          "กรุณาระบุอาคารที่ตั้งอุปกรณ์",
          "กรุณาระบุห้องที่ตั้งอุปกรณ์",
          "กรุณาอธิบายอาการเสีย",
          "กรุณากรอกเบอร์โทรศัพท์ที่ติดต่อได้"
        }) {
      assertTrue(text.contains(refusal), "missing: " + refusal);
    }
    browser.screenshot("repair-new-empty");

    fillTheForm(asset, "12");
    // an over-long symptom is kept whole and refused next to the field, with the service's words
    String tooLong = "ก".repeat(2001);
    browser.type("#repair\\:symptom", tooLong);
    browser.clickAndWait("#repair\\:submit");
    String nextToIt = browser.find("#repair\\:symptom ~ .ui-message-error").getText();
    assertTrue(nextToIt.contains("อาการเสียยาวเกิน 2,000 ตัวอักษร"), nextToIt);
    assertEquals(tooLong, browser.find("#repair\\:symptom").getAttribute("value"), "kept whole");
    browser.type("#repair\\:symptom", SYMPTOM);
    browser.clickAndWait("#repair\\:submit");
    browser.waitForText("#messages", "เบอร์โทรศัพท์ไม่ถูกต้อง");
    assertEquals("อาคาร 2", browser.find("#repair\\:building").getAttribute("value"), "kept");
    assertEquals(SYMPTOM, browser.find("#repair\\:symptom").getAttribute("value"), "kept");
    browser.screenshot("repair-new-bad-phone");

    Path html = Files.createTempDirectory("repair").resolve("photo.jpg");
    Files.writeString(html, "<html><body><script>alert(1)</script></body></html>");
    browser.type("#repair\\:phone", "0812345678");
    attach(html);
    browser.clickAndWait("#repair\\:submit");
    String refused = browser.waitForText("#messages", "photo.jpg").getText();
    assertTrue(refused.contains("เนื้อไฟล์"), refused);
    assertEquals("0812345678", browser.find("#repair\\:phone").getAttribute("value"), "kept");
    browser.screenshot("repair-new-html-as-jpg");

    attach(png());
    browser.clickAndWait("#repair\\:submit");
    assertTrue(browser.path().startsWith("/requests/view.xhtml?id="), browser.path());
    String number = browser.find("#number").getText();
    assertTrue(NUMBER.matcher(number).matches(), number);
    assertTrue(
        browser
            .find("#messages")
            .getText()
            .contains("ส่งแบบแจ้งซ่อมเรียบร้อยแล้ว เลขที่คำขอ " + number));
    assertEquals("ฮาร์ดแวร์", browser.find("#repairKind").getText().strip());
    assertEquals("เครื่องพิมพ์", browser.find("#repairEquipment").getText().strip());
    assertEquals(asset, browser.find("#repairAsset").getText().strip());
    assertEquals("อาคาร 2 · ห้องธุรการ", browser.find("#repairLocation").getText().strip());
    assertEquals("ด่วน", browser.find("#repairUrgency").getText().strip());
    assertEquals("ยื่นออนไลน์", browser.find("#repairChannel").getText().strip());
    // step 1 reads by the channel: online here, not "at the ICT room" (the manual's words)
    String formStep = timelineCell(1, "stepName");
    assertEquals("ผู้รับบริการกรอกแบบแจ้งซ่อมฯ ทางระบบออนไลน์", formStep.strip());
    assertFalse(formStep.contains("ห้อง ICT"), formStep);
    assertEquals("ยังไม่ลงรับ", browser.find("#receiptNumber").getText().strip());
    assertTrue(browser.text().contains("printer.png"), "the photo is listed");
    WebElement thumb = browser.find("#content img.attachment-thumb");
    new WebDriverWait(browser.driver, Duration.ofSeconds(10))
        .until(
            d ->
                (Boolean)
                    browser.script(
                        "return document.querySelector('#content img.attachment-thumb')"
                            + ".naturalWidth > 0"));
    Object[] photo = fetch(thumb.getAttribute("src").replaceFirst("^https?://[^/]+", ""));
    assertEquals(200L, photo[0]);
    assertEquals("image/png", photo[1]);
    WebElement print = browser.find("#printForm");
    assertTrue(
        print.getAttribute("href").contains("/repairs/form.pdf?id="), print.getAttribute("href"));
    assertEquals("_blank", print.getAttribute("target"));
    browser.screenshot("repair-view-requester");
    return browser.path();
  }

  private void fillTheForm(String asset, String phone) {
    choose("repair\\:equipmentType", "='เครื่องพิมพ์'");
    browser.type("#repair\\:asset", asset);
    browser.type("#repair\\:serial", "CN12345678");
    browser.type("#repair\\:building", "อาคาร 2");
    browser.type("#repair\\:room", "ห้องธุรการ");
    browser.type("#repair\\:symptom", SYMPTOM);
    choose("repair\\:urgency", "='ด่วน'");
    browser.type("#repair\\:phone", phone);
  }

  /** A real PNG photo of the broken printer (well, of a grey square). */
  private static Path png() throws Exception {
    BufferedImage image = new BufferedImage(64, 48, BufferedImage.TYPE_INT_RGB);
    Graphics2D g = image.createGraphics();
    g.setColor(Color.LIGHT_GRAY);
    g.fillRect(0, 0, 64, 48);
    g.setColor(Color.ORANGE);
    g.fillOval(40, 8, 12, 12);
    g.dispose();
    Path file = Files.createTempDirectory("repair").resolve("printer.png");
    ImageIO.write(image, "png", file.toFile());
    return file;
  }

  private void clerkRegistersAndForwards(String view, String number) throws Exception {
    openAs("clerk", view);
    assertTrue(browser.driver.findElements(By.id("act")).isEmpty(), "one panel: the repair's");
    assertTrue(browser.find("#repairIntake\\:return").isDisplayed(), "return is in that panel");
    browser.screenshot("repair-view-clerk");
    browser.lookAt("repair-step2-clerk", true);
    browser.find("#repairIntake\\:register").click();
    browser.waitForText("#actionMessages", "ลงรับคำขอเลขที่ " + number + " แล้ว");
    String receipt = browser.find("#receiptNumber").getText().strip();
    assertFalse(receipt.isEmpty() || receipt.equals("ยังไม่ลงรับ"), receipt);
    assertTrue(BUDDHIST_YEAR.matcher(browser.find("#receivedAt").getText()).find());

    assertTrue(browser.find("#repairIntake\\:return").isDisplayed(), "return still offered");
    browser.type("#repairIntake\\:note", "เสนอผู้อำนวยการกลุ่ม ICT พิจารณาสั่งการ");
    browser.screenshot("repair-view-registered");
    browser.find("#repairIntake\\:forward").click();
    browser.waitForText("#actionMessages", "เสนอคำขอเลขที่ " + number);
    assertEquals("ผู้อำนวยการกลุ่ม ICT", browser.find("#forwardedTo").getText().strip());
  }

  private void groupDirectorOrdersTheTechnician(String view, String number) throws Exception {
    openAs("groupdirector", view);
    String load = browser.find("#repairOrderForm\\:load").getText();
    assertTrue(load.contains(STAFF_NAME), load);
    assertFalse(load.contains("staff"), "no user names: " + load);
    assertTrue(browser.driver.findElements(By.id("act")).isEmpty(), "one panel for step 3");
    assertTrue(browser.find("#repairOrderForm\\:reject").isDisplayed(), "reject in that panel");
    assertTrue(browser.find("#repairOrderForm\\:return").isDisplayed(), "return in that panel");
    assertEquals(
        1,
        browser.driver.findElements(By.cssSelector("input[type=password]")).size(),
        "one password for the step");
    assertTrue(
        (Boolean)
            browser.script(
                "return document.getElementById('repairOrderForm').getBoundingClientRect().top"
                    + " < document.getElementById('timelineSection').getBoundingClientRect().top"),
        "the panel comes before the long sections");
    browser.lookAt("repair-step3-groupdirector", true);
    chooseTechnician(STAFF_NAME);
    browser.type("#repairOrderForm\\:note", "มอบช่างชำนาญดำเนินการ");
    browser.type("#repairOrderForm\\:password", "NotMyPassword1");
    browser.find("#repairOrderForm\\:order").click();
    browser.waitForText("#actionMessages", "รหัสผ่านไม่ถูกต้อง");
    assertTrue(browser.inViewport("#actionMessages"), "the refusal is in view");
    assertEquals("", browser.find("#repairOrderForm\\:password").getAttribute("value"));
    browser.screenshot("repair-order-wrong-password");

    chooseTechnician(STAFF_NAME);
    browser.type("#repairOrderForm\\:password", DEMO_PASSWORD);
    browser.screenshot("repair-order-groupdirector");
    browser.find("#repairOrderForm\\:order").click();
    browser.waitForText("#actionMessages", "อนุมัติและสั่งการคำขอเลขที่ " + number);
    assertTrue(browser.find("#orderTechnician").getText().contains(STAFF_NAME));
    assertTrue(
        browser
            .find("#approvals")
            .getText()
            .contains("อนุมัติทางอิเล็กทรอนิกส์โดย นายประสิทธิ์ มั่นคง (ผู้อำนวยการกลุ่ม ICT)"));
    assertEquals("นายประสิทธิ์ มั่นคง (ผู้อำนวยการกลุ่ม ICT)", timelineCellText(3, "actor"));
    browser.screenshot("repair-ordered");
  }

  private static void chooseTechnician(String fullName) {
    choose("repairOrderForm\\:technician", "='" + fullName + "'");
  }

  private void technicianWorksTheJob(String number) throws Exception {
    openAs("staff", "/repairs/jobs.xhtml");
    String jobs = browser.waitForText("#jobs\\:table", number).getText();
    assertTrue(jobs.contains("ยังไม่รับงาน"), jobs);
    browser.screenshot("repair-jobs-staff");
    browser.openRequest(number);

    browser.lookAt("repair-step4-technician", true);
    browser.find("#repairAccept\\:accept").click();
    browser.waitForText("#actionMessages", "รับงานซ่อมตามคำขอเลขที่ " + number);
    browser.type("#repairWork\\:workDone", "ถอดลูกยางดึงกระดาษออกทำความสะอาด");
    browser.type("#repairWork\\:parts", "ลูกยางดึงกระดาษ 1 ชุด");
    browser.type("#repairWork\\:minutes_input", "45");
    browser.find("#repairWork\\:log").click();
    browser.waitForText("#actionMessages", "บันทึกการปฏิบัติงานของคำขอเลขที่ " + number);
    browser.waitForText("#workLog", "ถอดลูกยางดึงกระดาษ");
    assertTrue(browser.find("#workLog").getText().contains("45"));

    browser.type("#repairPause\\:reason", "รอลูกยางดึงกระดาษชุดใหม่");
    browser.find("#repairPause\\:pause").click();
    browser.waitForText("#actionMessages", "หยุดรออะไหล่");
    assertEquals("หยุดนับเวลา", timelineCellText(4, "paused"));
    browser.screenshot("repair-paused");

    browser.find("#repairPause\\:resume").click();
    browser.waitForText("#actionMessages", "ดำเนินการต่อ");
    // the form was re-rendered by the resume (an older list of the menu may linger in the page):
    // pick through the widget, as a person's click on the new menu would
    browser.find("#repairResolve\\:resolution");
    browser.script("PF('widget_repairResolve_resolution').selectValue('REPAIRED')");
    assertTrue(
        browser
            .find("#repairResolve\\:resolution_label")
            .getText()
            .contains("ซ่อมเสร็จ ใช้งานได้"));
    browser.type("#repairResolve\\:resolveNote", "เปลี่ยนลูกยางแล้ว ทดสอบพิมพ์ได้ปกติ");
    browser.find("#repairResolve\\:resolve").click();
    browser.waitForText("#actionMessages", "บันทึกผลการซ่อมของคำขอเลขที่ " + number);
    browser.lookAt("repair-step5-technician", false);

    browser.type(
        "#repairReport\\:report", "ซ่อมเครื่องพิมพ์เรียบร้อย เปลี่ยนลูกยางดึงกระดาษ ใช้งานได้ปกติ");
    browser.find("#repairReport\\:send").click();
    browser.waitForText("#actionMessages", "ส่งรายงานผลของคำขอเลขที่ " + number);
    browser.screenshot("repair-reported");
  }

  private void requesterConfirmsAndRates(String view, String number) throws Exception {
    openAs("requester", view);
    assertEquals("รอผู้แจ้งยืนยันผล", browser.find("#confirmation").getText().strip());
    assertTrue(browser.find("#resolution").getText().contains("ซ่อมเสร็จ ใช้งานได้"));
    assertTrue(BUDDHIST_YEAR.matcher(browser.find("#closeDue").getText()).find());
    var stars =
        browser.driver.findElements(By.cssSelector("#repairConfirm\\:rating .ui-rating-star"));
    stars.get(4).click();
    assertEquals(
        "5", browser.driver.findElement(By.id("repairConfirm:rating_input")).getAttribute("value"));
    browser.type("#repairConfirm\\:ratingComment", "ช่างมาเร็ว บริการดีมาก");
    browser.screenshot("repair-confirm-requester");
    browser.find("#repairConfirm\\:confirm").click();
    browser.waitForText("#actionMessages", "ยืนยันผลการซ่อมของคำขอเลขที่ " + number);
    assertEquals("ผู้แจ้งยืนยันผลแล้ว", browser.find("#confirmation").getText().strip());
    assertTrue(browser.find("#ratingComment").getText().contains("บริการดีมาก"));
    browser.script("document.getElementById('repairResult').scrollIntoView()");
    browser.screenshot("repair-confirmed");
    // a completed repair on a phone: no sideways scrolling, a sane height, the work log readable
    long tallest = browser.lookAt("repair-completed-requester", true);
    assertTrue(tallest < 6000, "a completed repair on a 390 px phone is " + tallest + " px tall");
  }

  /**
   * The print button's PDF, fetched with the requester's own session, read back by text extraction:
   * the Thai fields are there (and a page is rendered to PNG for the eye). Another person's session
   * gets no PDF of it.
   */
  private void requesterPrintsThePaperForm(String view, String number, String asset)
      throws Exception {
    String href = browser.find("#printForm").getAttribute("href");
    assertTrue(href.contains("/repairs/form.pdf?id="), href);
    String id = view.substring(view.indexOf("id=") + 3);
    Object[] fetched = fetch("/repairs/form.pdf?id=" + id);
    assertEquals(200L, fetched[0]);
    assertEquals("application/pdf", fetched[1]);
    byte[] pdf = Base64.getDecoder().decode((String) fetched[2]);
    try (PDDocument doc = Loader.loadPDF(pdf)) {
      String text = new PDFTextStripper().getText(doc).replace("\u200B", "");
      for (String field :
          List.of(
              "แบบแจ้งซ่อม",
              number,
              asset,
              "ครูสมชาย ใจดี",
              "เครื่องพิมพ์ห้องธุรการดึงกระดาษไม่เข้า",
              "อนุมัติทางอิเล็กทรอนิกส์โดย นายประสิทธิ์ มั่นคง",
              "นายช่างชำนาญ ซ่อมเก่ง",
              "ซ่อมเสร็จ ใช้งานได้")) {
        assertTrue(text.contains(field), "missing on the printed form: " + field + "\n" + text);
      }
      BufferedImage page = new PDFRenderer(doc).renderImageWithDPI(0, 100);
      Path shots = Path.of(System.getProperty("screenshots.dir", "target/screenshots"));
      ImageIO.write(page, "png", shots.resolve("repair-form-pdf.png").toFile());
    }
  }

  private void theEquipmentHistoryListsTheRepair(String asset, String number) throws Exception {
    openAs("staff", "/repairs/equipment.xhtml");
    browser.type("#search\\:asset", asset);
    browser.clickAndWait("#search\\:find");
    assertTrue(browser.path().contains("asset=" + asset), browser.path());
    String history = browser.waitForText("#history\\:table", number).getText();
    assertTrue(history.contains("ซ่อมเสร็จ ใช้งานได้"), history);
    assertTrue(history.contains("เครื่องพิมพ์"), history);
    // the satisfaction column's header is whole, not clipped
    Object clipped =
        browser.script(
            "var th = document.querySelector('#history\\\\:table th.col-rating');"
                + " var t = th.querySelector('.ui-column-title') || th;"
                + " return [th.scrollWidth, th.clientWidth, t.scrollWidth, t.clientWidth];");
    List<?> widths = (List<?>) clipped;
    assertTrue(
        ((Number) widths.get(0)).longValue() <= ((Number) widths.get(1)).longValue()
            && ((Number) widths.get(2)).longValue() <= ((Number) widths.get(3)).longValue(),
        "header clipped: " + widths);
    browser.screenshot("repair-equipment-history");
  }

  private void adminCreatesRequester(String username) {
    browser.signIn("admin", DEMO_PASSWORD);
    browser.open("/admin/people.xhtml");
    browser.find("#people\\:table\\:newAccount").click();
    browser.type("#newAccountForm\\:username", username);
    browser.type("#newAccountForm\\:fullName", "ครูสมชาย ทดสอบ");
    browser.type("#newAccountForm\\:email", username + "@example.go.th");
    browser.type("#newAccountForm\\:password", "Somchai2569x");
    By requester =
        By.xpath(
            "//*[@id='newAccountForm:roles']//label[normalize-space()='ผู้รับบริการ']"
                + "/preceding-sibling::div//input");
    assertTrue(browser.driver.findElement(requester).isSelected(), "REQUESTER by default");
    browser.find("#newAccountForm\\:save").click();
    browser.waitUntilHidden("#newAccountDialog");
    browser.waitForText("#people\\:table", username);
  }
}
