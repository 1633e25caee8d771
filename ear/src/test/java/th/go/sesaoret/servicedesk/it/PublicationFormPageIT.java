package th.go.sesaoret.servicedesk.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import javax.imageio.ImageIO;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The publication form in a real browser (issue 12 part H1): the requester writes a post in the
 * rich-text editor under the strict CSP, saves the draft, attaches a picture and puts it into the
 * body, answers the personal-data checklist, proposes it to the deputy director and submits it; the
 * deputy director reads it as it will look (its picture shown in the page) and signs it with the
 * password entered again. Screenshots at 1366 and 390 px, Thai and English.
 */
class PublicationFormPageIT extends BrowserTest {
  private static final String TITLE = "ข่าวประชาสัมพันธ์ การแข่งขันกีฬาสีประจำปี 2569";

  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return Deployments.application();
  }

  @Test
  void aRequesterWritesAndSubmitsAPostAndTheDeputySignsIt() throws Exception {
    browser.signIn("requester", DEMO_PASSWORD);
    browser.open("/publication/form.xhtml");
    browser.find("#post\\:body .ql-editor");
    assertEquals(List.of(), browser.cspViolations(), "the editor runs under the page's CSP");
    browser.lookAt("publication-form-empty", true);

    // a draft: the title and the body typed into the editor (bold, a heading) survive a save
    browser.type("#post\\:titleTh", TITLE);
    browser.type(
        "#post\\:summary", "โรงเรียนในสังกัดร่วมการแข่งขันกีฬาสี ณ สนามกีฬาจังหวัดร้อยเอ็ด");
    WebElement editor = browser.find("#post\\:body .ql-editor");
    editor.click();
    editor.sendKeys("พิธีเปิดการแข่งขันเริ่มเวลา 08.30 น.");
    editor.sendKeys(Keys.ENTER);
    editor.sendKeys(Keys.chord(Keys.CONTROL, "b"), "ผลการแข่งขัน");
    browser.clickAndWait("#post\\:save");
    browser.waitForText("#messages", "บันทึกฉบับร่างแล้ว");
    assertTrue(browser.find("#post\\:body .ql-editor").getText().contains("พิธีเปิดการแข่งขัน"));
    assertEquals(TITLE, browser.find("#post\\:titleTh").getAttribute("value"));

    // a picture, attached and put into the body
    Path png = Files.createTempFile("sports", ".png");
    BufferedImage img = new BufferedImage(320, 200, BufferedImage.TYPE_INT_RGB);
    for (int x = 0; x < 320; x++) {
      for (int y = 0; y < 200; y++) {
        img.setRGB(x, y, x < 160 ? 0x1F6FEB : 0xF2A900);
      }
    }
    ImageIO.write(img, "png", png.toFile());
    Path named = png.resolveSibling("สนามกีฬา.png");
    Files.move(png, named, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    attach(named);
    browser.clickAndWait("#post\\:addFile");
    browser.waitForText("#messages", "แนบไฟล์ สนามกีฬา.png แล้ว");
    WebElement insert = browser.find("button.publication-insert");
    browser.find("#post\\:body .ql-editor").click();
    insert.click();
    new WebDriverWait(browser.driver, Duration.ofSeconds(5))
        .until(d -> !d.findElements(By.cssSelector("#post\\:body .ql-editor img")).isEmpty());

    // the checklist, the date, the approver; an expiry before the publication is refused, all kept
    clickLabel("post:studentNames:1");
    clickLabel("post:faces:1");
    clickLabel("post:idNumbers:1");
    clickLabel("post:consent:2");
    clickLabel("post:proposeTo:0");
    typeDate("#post\\:wantedAt_input", "2027-01-11 09:00");
    typeDate("#post\\:expiresAt_input", "2027-01-10 09:00");
    browser.clickAndWait("#post\\:submit");
    browser.waitForText(
        ".form-field .ui-message-error", "วันเวลาที่นำออกต้องอยู่หลังวันเวลาที่เผยแพร่");
    assertEquals(TITLE, browser.find("#post\\:titleTh").getAttribute("value"), "nothing lost");
    assertFalse(
        browser.driver.findElements(By.cssSelector("#post\\:body .ql-editor img")).isEmpty());
    browser.fullScreenshot("publication-form-refused-th-1366");
    typeDate("#post\\:expiresAt_input", "2027-02-10 09:00");
    browser.clickAndWait("#post\\:save");
    assertTrue(
        browser.path().contains("post="), "the saved draft has its own address: " + browser.path());
    browser.lookAt("publication-form-filled", true);
    assertEquals(TITLE, browser.find("#post\\:titleTh").getAttribute("value"), "found again");
    assertFalse(
        browser.driver.findElements(By.cssSelector("#post\\:body .ql-editor img")).isEmpty());
    browser.clickAndWait("#post\\:submit");
    assertTrue(browser.path().startsWith("/requests/view.xhtml?id="), browser.path());
    String view = browser.path();
    assertTrue(browser.find("#messages").getText().contains("ส่งเนื้อหาแล้ว"));
    assertTrue(browser.find("#publicationPanel").getText().contains(TITLE));
    assertTrue(imageShown("#postBody img"), "the picture shows in the post's body");

    // the deputy director reads it as it will look and signs it
    openAs("deputy", view);
    WebElement reading = browser.find("#publicationApproval #postReading");
    assertTrue(reading.getText().contains("พิธีเปิดการแข่งขัน"));
    assertTrue(imageShown("#publicationApproval #postBody img"));
    assertEquals(List.of(), browser.cspViolations());
    browser.lookAt("publication-approval", true);
    browser.type("#publicationSign\\:password", "wrong-password");
    browser.find("#publicationSign\\:approve").click();
    browser.waitForText("#actionMessages", "รหัสผ่าน");
    browser.type("#publicationSign\\:password", DEMO_PASSWORD);
    browser.find("#publicationSign\\:approve").click();
    browser.waitForText("#actionMessages", "อนุมัติและลงนาม");
    assertTrue(browser.find("#postSigned").getText().contains("รหัสตรวจสอบ"));
    browser.fullScreenshot("publication-signed-th-1366");
  }

  private static void clickLabel(String forId) {
    browser.find("label[for='" + forId + "']").click();
  }

  /** Types a date and time into a date picker's field, replacing what it held. */
  /**
   * Types a date and time into a date picker as a person does. On a loaded machine the picker may
   * still be opening when the keys arrive and drop them: typed again then, up to three times; the
   * field must end up holding exactly the text.
   */
  private static void typeDate(String css, String text) {
    for (int attempt = 0; attempt < 3; attempt++) {
      WebElement input = browser.find(css);
      input.click();
      input.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.BACK_SPACE);
      input.sendKeys(text);
      input.sendKeys(Keys.ESCAPE);
      browser.find("#post\\:titleTh").click();
      try {
        new WebDriverWait(browser.driver, Duration.ofSeconds(3))
            .until(d -> text.equals(d.findElement(By.cssSelector(css)).getAttribute("value")));
        break;
      } catch (org.openqa.selenium.TimeoutException e) {
        // typed again
      }
    }
    assertEquals(text, browser.find(css).getAttribute("value"));
  }

  private static boolean imageShown(String css) {
    String selector = "'" + css.replace("\\", "\\\\") + "'";
    return (Boolean)
        browser.script(
            "const i = document.querySelector("
                + selector
                + "); return !!i && i.complete && i.naturalWidth > 0;");
  }
}
