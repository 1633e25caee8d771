package th.go.sesaoret.servicedesk.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;

/**
 * Issue 13 part H4: the public ITA statistics in a real browser, reached from the manual without
 * signing in, in Thai and English, on a desktop and on a phone, with no session.
 */
class ItaPageIT extends BrowserTest {

  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return Deployments.application();
  }

  @Test
  void theItaPageFromTheManualInBothLanguagesOnADesktopAndAPhone() throws Exception {
    try {
      for (int[] size : new int[][] {{1366, 900}, {390, 844}}) {
        browser.driver.manage().deleteAllCookies();
        browser.size(size[0], size[1]);
        browser.open("/manual.xhtml");
        browser.clickAndWait("#manualIta");
        assertTrue(browser.path().startsWith("/ita"), browser.path());
        assertEquals("สถิติการให้บริการและผลความพึงพอใจ", browser.find("#itaTitle").getText());
        String thai = browser.text();
        assertTrue(thai.contains("ปีงบประมาณ พ.ศ."), thai);
        assertTrue(thai.contains("ประมวลผลเมื่อ"), thai);
        assertTrue(thai.contains("ร้อยละที่พึงพอใจ"), thai);
        assertTrue(browser.find("#downloadPdf").isDisplayed());
        assertFitsTheWindow();
        browser.screenshot("ita-th-" + size[0]);
        browser.script("document.querySelector('.ita-satisfaction').scrollIntoView()");
        browser.screenshot("ita-satisfaction-th-" + size[0]);

        browser.clickAndWait("#shell\\:langEn");
        assertEquals("Service statistics and satisfaction", browser.find("#itaTitle").getText());
        assertTrue(browser.text().contains("Fiscal year"), browser.text());
        assertFitsTheWindow();
        browser.screenshot("ita-en-" + size[0]);
        assertNull(browser.driver.manage().getCookieNamed("JSESSIONID"), "no session");
        browser.clickAndWait("#shell\\:langTh");
      }
    } finally {
      browser.size(1280, 1500);
    }
  }

  /** The lists' export buttons next to their filters (the work queue of the group director). */
  @Test
  void theWorkQueueShowsItsExportButtons() throws Exception {
    browser.driver.manage().deleteAllCookies();
    browser.signIn("groupdirector", "Dlict@2569");
    browser.open("/requests/queue.xhtml");
    assertTrue(browser.find("#queue\\:exportXlsx").isDisplayed());
    assertTrue(browser.find("#queue\\:exportPdf").getText().contains("PDF"));
    browser.screenshot("queue-exports-th");
    browser.signOut();
  }

  private static void assertFitsTheWindow() {
    List<?> widths =
        (List<?>)
            browser.script("return [document.documentElement.scrollWidth, window.innerWidth];");
    long scroll = ((Number) widths.get(0)).longValue();
    long inner = ((Number) widths.get(1)).longValue();
    assertTrue(scroll <= inner, "runs off the screen: " + scroll + " > " + inner);
  }
}
