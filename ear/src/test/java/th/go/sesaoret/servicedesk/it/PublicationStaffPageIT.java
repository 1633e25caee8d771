package th.go.sesaoret.servicedesk.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;

/**
 * Steps 5-6 on the pages: staff change a word of an approved post and see the word-level diff
 * (removed struck through, added underlined) with the explicit "send back to approval"; the preview
 * page shows the post to the requester, marked noindex, and is the same 404 for someone else or a
 * guessed link; the requester's check on the request page.
 */
class PublicationStaffPageIT extends BrowserTest {
  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return Deployments.withTestClasses(
        ReleaseFixture.class, ReleaseFixture.Seen.class, ReleaseFixtureServlet.class);
  }

  private static String fixture(int step) {
    browser.open("/it/release?step=" + step);
    String out = browser.text().strip();
    assertFalse(out.startsWith("fixture failed"), out);
    return out;
  }

  /** The X-Robots-Tag header of a GET from the page's origin with its session. */
  private static String robotsHeader(String path) {
    return String.valueOf(
        ((JavascriptExecutor) browser.driver)
            .executeAsyncScript(
                "const done = arguments[arguments.length - 1];"
                    + "fetch(arguments[0], {credentials: 'same-origin'})"
                    + ".then(r => done(r.headers.get('x-robots-tag'))).catch(e => done(String(e)));",
                path));
  }

  private static void changeAWordAndSave() {
    browser.script(
        "const e = PF('publicationBody').editor;"
            + "e.clipboard.dangerouslyPasteHTML(e.root.innerHTML.replace('ห้องธุรการ', 'ห้องวิชาการ'));");
    browser.find("#publicationShape\\:save").click();
    browser.waitForText("#diff", "วิชาการ");
  }

  private static void shots(String name) throws Exception {
    browser.size(1366, 900);
    browser.fullScreenshot(name + "-1366");
    browser.size(390, 844);
    assertFalse(browser.overflowsSideways(), name + " runs off a 390 px screen");
    browser.fullScreenshot(name + "-390");
    browser.size(1280, 1500);
  }

  @Test
  void staffSeeTheWordDiffAndMustConfirmSendingItBack() throws Exception {
    long id = Long.parseLong(fixture(5));
    browser.signIn("staff", DEMO_PASSWORD);
    browser.open("/requests/view.xhtml?id=" + id);
    assertTrue(browser.find("#publicationShape\\:issuePreview").isDisplayed());
    assertTrue(browser.find("#approvalState").getText().contains("ตรงกับที่ได้รับอนุมัติ"));
    changeAWordAndSave();
    List<String> removed =
        browser.driver.findElements(By.cssSelector("#diff del")).stream()
            .map(e -> e.getText())
            .toList();
    List<String> added =
        browser.driver.findElements(By.cssSelector("#diff ins")).stream()
            .map(e -> e.getText())
            .toList();
    assertTrue(removed.stream().anyMatch(t -> t.contains("ธุรการ")), "removed: " + removed);
    assertTrue(added.stream().anyMatch(t -> t.contains("วิชาการ")), "added: " + added);
    assertTrue(browser.find("#publicationShape\\:sendBack").isDisplayed());
    shots("publication-staff-diff-th");

    // English: the same diff in the other language's words
    browser.find("#shell\\:langEn").click();
    browser.open("/requests/view.xhtml?id=" + id);
    changeAWordAndSave();
    assertTrue(browser.find("#publicationShape\\:textChange").getText().contains("Words changed"));
    shots("publication-staff-diff-en");
    browser.find("#shell\\:langTh").click();
    browser.open("/requests/view.xhtml?id=" + id);
    changeAWordAndSave();

    browser.find("#publicationShape\\:sendBack").click();
    browser.waitForText("body", "บันทึกการแก้ไขถ้อยคำแล้ว");
    assertTrue(
        browser.driver.findElements(By.id("publicationShape")).isEmpty(),
        "back at the approval: no more staff draft");
  }

  @Test
  void thePreviewShowsThePostToTheRequesterOnlyAndIsNeverIndexed() throws Exception {
    String[] out = fixture(6).split(" ");
    long id = Long.parseLong(out[0]);
    String path = "/requests/publication-preview.xhtml?t=" + out[1];
    browser.signIn("requester", DEMO_PASSWORD);
    browser.open(path);
    assertTrue(browser.find("#previewBanner").isDisplayed());
    assertTrue(browser.find(".news-post h1").getText().contains("กิจกรรมวันวิทยาศาสตร์"));
    assertEquals(
        "noindex, nofollow",
        browser.driver.findElement(By.cssSelector("meta[name=robots]")).getAttribute("content"),
        "meta robots");
    assertEquals("noindex, nofollow", robotsHeader(path));
    assertEquals(0, browser.driver.findElements(By.cssSelector("#shell")).size(), "no menu");
    shots("publication-preview-th");

    // the requester's check on the request page, in Thai and English
    browser.open("/requests/view.xhtml?id=" + id);
    assertTrue(browser.find("#publicationConfirm\\:confirm").isDisplayed());
    assertTrue(browser.find("#publicationCorrections\\:askCorrections").isDisplayed());
    browser.lookAt("publication-check", true);
    browser.find("#shell\\:langEn").click();
    browser.open(path);
    assertTrue(browser.find("#previewBanner").getText().contains("Preview"));
    shots("publication-preview-en");
    browser.open("/requests/view.xhtml?id=" + id);
    browser.find("#shell\\:langTh").click();

    // someone else, a guessed link: the same 404
    signInAgainAs("clerk"); // signed in, but neither the requester, staff nor the approver
    assertEquals(404, status(path));
    assertEquals(404, status("/requests/publication-preview.xhtml?t=AAAAAAAAAAAAAAAAAAAAAA"));
    signInAgainAs("requester");
    assertEquals(404, status("/requests/publication-preview.xhtml?t=AAAAAAAAAAAAAAAAAAAAAA"));
    assertEquals(200, status(path));
  }
}
