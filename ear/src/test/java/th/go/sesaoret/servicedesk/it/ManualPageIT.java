package th.go.sesaoret.servicedesk.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.JavascriptExecutor;

/** The public service manual in a real browser: no sign-in, Thai first, English on request. */
class ManualPageIT extends BrowserTest {

  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return Deployments.application();
  }

  @Test
  void theManualShowsEveryStepInThaiWithoutSigningIn() throws Exception {
    browser.driver.manage().deleteAllCookies();
    browser.open("/");
    String text = browser.text();

    assertTrue(browser.path().equals("/") || browser.path().startsWith("/manual.xhtml"));
    assertTrue(text.contains("คู่มือการให้บริการ"));
    assertTrue(text.contains("ผู้อนุญาตลงนามอนุมัติ"));
    assertTrue(text.contains("ค่าธรรมเนียม"));
    assertTrue(text.contains("ไม่มี"));
    assertTrue(text.contains("เอกสารที่ต้องใช้"));
    assertTrue(text.contains("พระราชบัญญัติว่าด้วยการกระทำความผิดเกี่ยวกับคอมพิวเตอร์ พ.ศ.๒๕๕๐"));
    for (TheManual.Step step : TheManual.STEPS) {
      assertTrue(text.contains(step.thai()), "missing step: " + step.thai());
    }
    assertTrue(text.contains("3 - 6 ชั่วโมง"));
    assertTrue(text.contains("4 วัน 2 ชั่วโมง"), "total of the repair service");
    assertTrue(browser.find("#shell\\:signIn").isDisplayed());
    // issue 8 finding 10: the counting rules are public, not only in the javadoc
    assertTrue(browser.find("#ruleDays").getText().contains("ครบกำหนด ณ เวลาเดียวกัน"));
    assertTrue(browser.find("#ruleRange").getText().contains("ค่าสูงสุดของช่วง"));
    assertTrue(browser.find("#ruleLate").getText().contains("อย่างน้อย 1 นาทีในเวลาราชการ"));
    browser.screenshot("manual-th");
    ((JavascriptExecutor) browser.driver)
        .executeScript("document.getElementById('timeRules').scrollIntoView()");
    browser.screenshot("manual-rules-th");
  }

  @Test
  void theEnglishSwitchTranslatesAndIsRemembered() throws Exception {
    browser.driver.manage().deleteAllCookies();
    browser.open("/manual.xhtml");
    browser.clickAndWait("#shell\\:langEn");

    String english = browser.text();
    assertTrue(english.contains("Service manual"));
    assertTrue(english.contains("The authoriser signs the approval"));
    assertTrue(english.contains("Fee"));
    assertFalse(english.contains("ผู้อนุญาตลงนามอนุมัติ"));
    assertTrue(english.contains("is due at its maximum"));
    assertTrue(english.contains("at least one office minute after its due time"));
    browser.screenshot("manual-en");

    // a new session (the session cookie gone) still speaks English: the choice is remembered
    browser.driver.manage().deleteCookieNamed("JSESSIONID");
    browser.open("/login.xhtml");
    assertTrue(browser.text().contains("Sign in to the DLICT Service Desk"));
    Cookie remembered = browser.driver.manage().getCookieNamed("servicedesk-lang");
    assertEquals("en", remembered.getValue());

    browser.clickAndWait("#shell\\:langTh");
    assertTrue(browser.text().contains("เข้าสู่ระบบบริการกลุ่ม DLICT"));
  }

  /** Issue 10: the switch is a link, the reader gets no session, on a desktop and on a phone. */
  @Test
  void theManualInBothLanguagesOnADesktopAndAPhoneStartsNoSession() throws Exception {
    try {
      for (int[] size : new int[][] {{1366, 900}, {390, 844}}) {
        browser.driver.manage().deleteAllCookies();
        browser.size(size[0], size[1]);
        browser.open("/manual.xhtml");
        assertEquals("คู่มือการให้บริการ", browser.find("#manualTitle").getText());
        assertFitsTheWindow();
        browser.screenshot("manual-th-" + size[0]);

        browser.clickAndWait("#shell\\:langEn");
        assertEquals("Service manual", browser.find("#manualTitle").getText());
        assertTrue(browser.path().endsWith("?lang=en"), browser.path());
        assertFitsTheWindow();
        browser.screenshot("manual-en-" + size[0]);
        assertEquals("en", browser.driver.manage().getCookieNamed("servicedesk-lang").getValue());
        assertNull(browser.driver.manage().getCookieNamed("JSESSIONID"), "no session");

        browser.clickAndWait("#shell\\:langTh");
        assertEquals("คู่มือการให้บริการ", browser.find("#manualTitle").getText());
        assertNull(browser.driver.manage().getCookieNamed("JSESSIONID"), "no session");
      }
    } finally {
      browser.size(1280, 1500);
    }
  }

  private static void assertFitsTheWindow() {
    List<?> widths =
        (List<?>)
            browser.script("return [document.documentElement.scrollWidth, window.innerWidth];");
    long scroll = ((Number) widths.get(0)).longValue();
    long inner = ((Number) widths.get(1)).longValue();
    assertTrue(scroll <= inner, "runs off the screen: " + scroll + " > " + inner);
  }

  @Test
  void anUnknownPageShowsTheThaiNotFoundPage() throws Exception {
    browser.driver.manage().deleteAllCookies();
    browser.open("/no-such-page.xhtml");
    assertTrue(browser.text().contains("ไม่พบหน้าที่ต้องการ"), browser.text());
    browser.screenshot("error-404");
  }
}
