package th.go.sesaoret.servicedesk.it;

import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.TestWatcher;

/**
 * A page test: one headless Chromium per test class against the deployed EAR, and a screenshot
 * named {@code FAILED-<test>} whenever a test fails, to see what the user would have seen.
 */
@ExtendWith(ArquillianExtension.class)
@ExtendWith(BrowserTest.ScreenshotOnFailure.class)
@RunAsClient
abstract class BrowserTest {
  static final String DEMO_PASSWORD = "Dlict@2569";
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
