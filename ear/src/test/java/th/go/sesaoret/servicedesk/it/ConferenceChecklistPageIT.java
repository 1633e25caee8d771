package th.go.sesaoret.servicedesk.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;

/**
 * The operator's checklist on a phone (390 px): the meeting at the top, only the open part
 * editable, a failed check refused without its problem, set-up then run recorded, and nobody else
 * sees it.
 */
class ConferenceChecklistPageIT extends BrowserTest {
  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return Deployments.withTestClasses(ConferenceFixture.class, ConferenceFixtureServlet.class);
  }

  /** Taps option {@code n} (1: OK, 2: failed) of a yes / no button set until it shows chosen. */
  private static void pick(String id, int n) {
    String xpath = "//div[@id='" + id + "']/div[contains(@class,'ui-button')][" + n + "]";
    for (int attempt = 1; attempt <= 3; attempt++) {
      browser.clickXpath(xpath);
      if (browser
          .driver
          .findElement(org.openqa.selenium.By.xpath(xpath))
          .getAttribute("class")
          .contains("ui-state-active")) {
        return;
      }
    }
    throw new AssertionError(id + " option " + n + " not chosen");
  }

  private static long booked(int days) {
    browser.open("/it/conference?days=" + days);
    return Long.parseLong(browser.text().strip());
  }

  @Test
  void theOperatorFillsTheChecklistOnAPhone() throws Exception {
    long id = booked(360); // its own weeks: the other conference ITs book elsewhere
    browser.signIn("staff", DEMO_PASSWORD);
    // a phone: sign-in at the desktop size (the phone's header folds the menu), then 390 px
    browser.size(390, 844);
    browser.open("/conference/checklist.xhtml?id=" + id);
    assertTrue(browser.find("#meetingTime").getText().matches(".*25(69|70).*"), "Buddhist era");
    assertTrue(browser.find("#meetingLink").getText().startsWith("https://zoom.us/"));
    assertTrue(browser.inViewport("#meetingTime"), "the meeting's time at the top");
    assertFalse(browser.overflowsSideways(), "nothing runs off a 390 px screen");
    assertTrue(browser.find("#setup\\:camera").isDisplayed());
    assertTrue(
        browser.driver.findElements(org.openqa.selenium.By.cssSelector("#run\\:saveRun")).isEmpty(),
        "only the open part can be saved");
    int height = browser.find("#setup\\:saveSetup").getSize().getHeight();
    assertTrue(height >= 48, "a big tap target: " + height);
    browser.fullScreenshot("conference-checklist-setup-390");

    // a failed check without a note is refused, in Thai
    pick("setup:camera", 1);
    pick("setup:sound", 2);
    pick("setup:farEnd", 1);
    pick("setup:broadcastTest", 1);
    browser.find("#setup\\:saveSetup").click();
    browser.waitForText("#checklistMessages", "กรุณาบันทึกว่าพบปัญหาอะไร");
    browser.fullScreenshot("conference-checklist-refused-390");
    browser.type("#setup\\:setupNote", "ไมโครโฟนตัวที่ 3 ไม่มีเสียง เปลี่ยนสำรองแล้ว");
    browser.find("#setup\\:saveSetup").click();
    browser.waitForText("#checklistMessages", "บันทึกการติดตั้งและทดสอบ");
    browser.find("#run\\:saveRun");
    browser.type("#run\\:broadcastLink", "https://www.facebook.com/live/123");
    browser.find("#run\\:saveRun").click();
    browser.waitForText("#checklistMessages", "บันทึกการควบคุมการประชุม");
    browser.find("#post\\:savePost");
    assertTrue(browser.find("#repair\\:items\\:0\\:fileRepair").isDisplayed(), "a repair per item");
    assertFalse(browser.overflowsSideways());
    browser.fullScreenshot("conference-checklist-post-390");
    browser.size(1280, 1500);
  }

  @Test
  void nobodyElseSeesTheChecklist() throws Exception {
    long id = booked(380);
    browser.signIn("groupdirector", DEMO_PASSWORD);
    browser.open("/conference/checklist.xhtml?id=" + id);
    assertTrue(
        browser.find("#setup\\:saveSetup").isDisplayed(), "the group director may fill it in");
    openAs("staff", "/conference/checklist.xhtml?id=999999");
    assertEquals(
        "ไม่พบการจองนี้ หรือท่านไม่มีสิทธิ์ดำเนินการกับการจองนี้",
        browser.find(".ui-messages-error-summary").getText().strip());
    assertTrue(browser.driver.findElements(org.openqa.selenium.By.id("meeting")).isEmpty());
  }
}
