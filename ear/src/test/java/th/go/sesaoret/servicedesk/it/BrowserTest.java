package th.go.sesaoret.servicedesk.it;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.regex.Pattern;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.TestWatcher;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A page test: one headless Chromium per test class against the deployed EAR, each test starting
 * without a session, and a screenshot named {@code FAILED-<test>} whenever a test fails, to see
 * what the user would have seen. The steps every page test takes (sign in as someone else and open
 * a page, choose from a menu, attach a file, fetch with the page's session, read the timeline) are
 * here.
 */
@ExtendWith(ArquillianExtension.class)
@ExtendWith(BrowserTest.ScreenshotOnFailure.class)
@RunAsClient
abstract class BrowserTest {
  static final String DEMO_PASSWORD = "Dlict@2569";

  /** A year of the Buddhist era, as Thai dates show it. */
  static final Pattern BUDDHIST_YEAR = Pattern.compile("25(69|70)");

  static Browser browser;

  @BeforeAll
  static void startBrowser() throws Exception {
    browser = new Browser();
  }

  @AfterAll
  static void stopBrowser() {
    if (browser != null) {
      browser.close();
      browser = null;
    }
  }

  @BeforeEach
  void startWithoutSession() {
    browser.driver.manage().deleteAllCookies();
  }

  /** Whoever is signed in signs out, {@code username} signs in with the demo password. */
  static void signInAgainAs(String username) {
    browser.signOut();
    browser.signIn(username, DEMO_PASSWORD);
  }

  /** As {@link #signInAgainAs}, then opens {@code path}. */
  static void openAs(String username, String path) {
    signInAgainAs(username);
    browser.open(path);
  }

  /** Chooses {@code file} in the page's (first) upload field. */
  static void attach(Path file) {
    browser.driver.findElement(By.cssSelector("input[type=file]")).sendKeys(file.toString());
  }

  /**
   * Opens a PrimeFaces select menu and clicks the item whose label matches (e.g. {@code
   * "='เครื่องพิมพ์'"}), again if a click during the opening animation did not take (a click on the
   * menu while its list is open closes it, so the next round opens it afresh).
   */
  static void choose(String menu, String labelMatch) {
    String item = "#" + menu + "_items li[data-label" + labelMatch + "]";
    WebDriverWait shortly = new WebDriverWait(browser.driver, Duration.ofSeconds(3));
    for (int attempt = 1; ; attempt++) {
      try {
        browser.find("#" + menu).click();
        shortly.until(d -> d.findElement(By.cssSelector(item)).getSize().getHeight() > 0);
        browser.find(item).click();
        shortly.until(
            ExpectedConditions.presenceOfElementLocated(
                By.cssSelector(item + ".ui-state-highlight")));
        return;
      } catch (WebDriverException e) {
        if (attempt == 4) {
          throw e;
        }
      }
    }
  }

  /** GET from the page's own origin with its session cookie: [status, content type, base64]. */
  static Object[] fetch(String path) {
    Object result =
        ((JavascriptExecutor) browser.driver)
            .executeAsyncScript(
                "const done = arguments[arguments.length - 1];"
                    + "fetch(arguments[0], {credentials: 'same-origin'}).then(async r => {"
                    + "  const bytes = new Uint8Array(await r.arrayBuffer()); let s = '';"
                    + "  for (let i = 0; i < bytes.length; i++) s += String.fromCharCode(bytes[i]);"
                    + "  done([r.status, r.headers.get('content-type'), btoa(s)]);"
                    + "}).catch(e => done([0, String(e), '']));",
                path);
    return ((List<?>) result).toArray();
  }

  /** The HTTP status of a GET from the page's origin with its session. */
  static long status(String path) {
    return ((Number) fetch(path)[0]).longValue();
  }

  /** The text of one cell of the request page's timeline (row = the step's order). */
  static String timelineCell(int order, String id) {
    return browser.find("#timeline\\:" + (order - 1) + "\\:" + id).getText();
  }

  static String timelineCellText(int order, String id) {
    return timelineCell(order, id).strip();
  }

  static final class ScreenshotOnFailure implements TestWatcher {
    @Override
    public void testFailed(ExtensionContext context, Throwable cause) {
      if (browser != null) {
        try {
          String name = context.getRequiredTestMethod().getName();
          browser.screenshot(
              "FAILED-" + context.getRequiredTestClass().getSimpleName() + "-" + name);
        } catch (Exception | Error ignored) {
          // the failure itself is what matters
        }
      }
    }
  }
}
