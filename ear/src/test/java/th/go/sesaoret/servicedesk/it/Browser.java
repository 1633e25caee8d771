package th.go.sesaoret.servicedesk.it;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.Base64;
import java.util.Map;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Headless Debian Chromium driven by Selenium, pointed at the server the tests started. Needs the
 * Debian packages chromium, chromium-driver and fonts-thai-tlwg (bin/test installs them).
 */
final class Browser implements AutoCloseable {
  private static final String CHROMIUM = System.getProperty("chromium.binary", "/usr/bin/chromium");
  private static final String DRIVER =
      System.getProperty("chromedriver.binary", "/usr/bin/chromedriver");

  final WebDriver driver;
  private final String base;

  Browser() throws IOException {
    if (!new File(CHROMIUM).canExecute() || !new File(DRIVER).canExecute()) {
      throw new IllegalStateException(
          "Browser tests need Debian's Chromium: apt-get install chromium chromium-driver"
              + " fonts-thai-tlwg (or run bin/test, which installs them)");
    }
    ChromeOptions options = new ChromeOptions();
    options.setBinary(CHROMIUM);
    options.addArguments(
        "--headless=new",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-dev-shm-usage",
        "--disable-quic",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--window-size=1280,1500",
        "--user-data-dir=" + Files.createTempDirectory("chromium-it"));
    // a Thai reader: the pages follow the browser's language (Accept-Language) until one is chosen
    options.addArguments("--lang=th-TH");
    options.setExperimentalOption("prefs", Map.of("intl.accept_languages", "th-TH,th"));
    // the console log, to see Content-Security-Policy violations
    options.setCapability("goog:loggingPrefs", java.util.Map.of("browser", "ALL"));
    ChromeDriverService service =
        new ChromeDriverService.Builder().usingDriverExecutable(new File(DRIVER)).build();
    driver = new ChromeDriver(service, options);
    driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60));
    int offset = Integer.getInteger("it.port.offset", 100);
    base = "http://localhost:" + (8080 + offset);
  }

  Browser open(String path) {
    driver.get(base + path);
    return this;
  }

  String url() {
    return driver.getCurrentUrl();
  }

  String path() {
    return url().substring(base.length()).replaceAll(";jsessionid=[^?]*", "");
  }

  String text() {
    return driver.findElement(By.tagName("body")).getText();
  }

  WebElement find(String css) {
    return new WebDriverWait(driver, Duration.ofSeconds(20))
        .until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(css)));
  }

  /** Clicks and waits for the next page to load (full-page requests). */
  void clickAndWait(String css) {
    WebElement element = find(css);
    element.click();
    new WebDriverWait(driver, Duration.ofSeconds(30)).until(d -> isGone(element));
  }

  /**
   * True once the page that held {@code element} is gone. Chromium reports a node of a page being
   * replaced either as stale or, mid-navigation, as "does not belong to the document": both mean
   * gone.
   */
  private static boolean isGone(WebElement element) {
    try {
      element.isEnabled();
      return false;
    } catch (StaleElementReferenceException e) {
      return true;
    } catch (WebDriverException e) {
      String message = String.valueOf(e.getMessage());
      if (message.contains("does not belong to the document")) {
        return true;
      }
      throw e;
    }
  }

  /** Follows a request's link by its text (a full-page GET) and waits for the request page. */
  void openRequest(String linkText) {
    WebElement link =
        new WebDriverWait(driver, Duration.ofSeconds(20))
            .until(ExpectedConditions.elementToBeClickable(By.linkText(linkText)));
    link.click();
    new WebDriverWait(driver, Duration.ofSeconds(30)).until(d -> isGone(link));
    find("#number");
  }

  /** Waits until the element's text contains {@code text} (after an ajax update). */
  WebElement waitForText(String css, String text) {
    new WebDriverWait(driver, Duration.ofSeconds(20))
        .until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(css), text));
    return driver.findElement(By.cssSelector(css));
  }

  /**
   * Waits until the field's value is no longer {@code old}. An ajax update may replace the field
   * between finding it and reading it: a stale field is looked up again.
   */
  String waitForValueOtherThan(String css, String old) {
    return new WebDriverWait(driver, Duration.ofSeconds(20))
        .ignoring(StaleElementReferenceException.class)
        .until(
            d -> {
              String value = d.findElement(By.cssSelector(css)).getAttribute("value");
              return old.equals(value) ? null : value;
            });
  }

  void waitUntilHidden(String css) {
    new WebDriverWait(driver, Duration.ofSeconds(20))
        .until(ExpectedConditions.invisibilityOfElementLocated(By.cssSelector(css)));
  }

  void clickXpath(String xpath) {
    new WebDriverWait(driver, Duration.ofSeconds(20))
        .until(ExpectedConditions.elementToBeClickable(By.xpath(xpath)))
        .click();
  }

  /**
   * The browser console's messages since the last call that name a Content-Security-Policy
   * violation (Chromium: "Refused to ... because it violates the following Content Security Policy
   * directive").
   */
  java.util.List<String> cspViolations() {
    return driver.manage().logs().get(org.openqa.selenium.logging.LogType.BROWSER).getAll().stream()
        .map(org.openqa.selenium.logging.LogEntry::getMessage)
        .filter(m -> m.contains("Content Security Policy") || m.contains("Refused to"))
        .toList();
  }

  Object script(String js) {
    return ((ChromeDriver) driver).executeScript(js);
  }

  void type(String css, String text) {
    WebElement element = find(css);
    element.clear();
    element.sendKeys(text);
  }

  void signIn(String username, String password) {
    open("/login.xhtml");
    type("#login\\:username", username);
    type("#login\\:password", password);
    clickAndWait("#login\\:submit");
  }

  void signOut() {
    clickAndWait("#shell\\:signOut");
  }

  /** A full-page screenshot under target/screenshots, to look at after the run. */
  Path screenshot(String name) throws IOException {
    File shot = ((ChromeDriver) driver).getScreenshotAs(OutputType.FILE);
    Path dir = Path.of(System.getProperty("screenshots.dir", "target/screenshots"));
    Files.createDirectories(dir);
    return Files.copy(
        shot.toPath(), dir.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
  }

  /**
   * The whole page as one picture (beyond the window), under target/screenshots: what a person
   * scrolling through it sees, e.g. a phone's long request page.
   */
  Path fullScreenshot(String name) throws IOException {
    Map<String, Object> metrics =
        ((ChromeDriver) driver).executeCdpCommand("Page.getLayoutMetrics", Map.of());
    @SuppressWarnings("unchecked")
    Map<String, Object> size = (Map<String, Object>) metrics.get("cssContentSize");
    double width = ((Number) size.get("width")).doubleValue();
    double height = Math.min(((Number) size.get("height")).doubleValue(), 16000);
    Map<String, Object> shot =
        ((ChromeDriver) driver)
            .executeCdpCommand(
                "Page.captureScreenshot",
                Map.of(
                    "format",
                    "png",
                    "captureBeyondViewport",
                    true,
                    "clip",
                    Map.of("x", 0, "y", 0, "width", width, "height", height, "scale", 1)));
    Path dir = Path.of(System.getProperty("screenshots.dir", "target/screenshots"));
    Files.createDirectories(dir);
    return Files.write(
        dir.resolve(name + ".png"), Base64.getDecoder().decode((String) shot.get("data")));
  }

  /** The window as a phone (390 × 844) or a desktop (1366 × 900) sees the page. */
  void size(int width, int height) {
    driver.manage().window().setSize(new Dimension(width, height));
  }

  /** True when the element lies wholly inside the window (nothing to scroll to see it). */
  boolean inViewport(String css) {
    String selector = "'" + css.replace("\\", "\\\\").replace("'", "\\'") + "'";
    return (Boolean)
        script(
            "const r = document.querySelector("
                + selector
                + ").getBoundingClientRect();"
                + "return r.top >= 0 && r.bottom <= window.innerHeight && r.height > 0;");
  }

  /** The page's full height and whether it overflows the window sideways. */
  long pageHeight() {
    return ((Number) script("return document.documentElement.scrollHeight;")).longValue();
  }

  boolean overflowsSideways() {
    return (Boolean) script("return document.documentElement.scrollWidth > window.innerWidth;");
  }

  /**
   * The page as it is now, whole, at 1366 px and at a 390 px phone, in the session's language and
   * (with {@code english}) in English too: screenshots {@code <name>-<lang>-<width>}. Each phone
   * view must not run off the screen sideways; returns the phone page's greatest height.
   */
  long lookAt(String name, boolean english) throws IOException {
    long tallest = 0;
    for (String lang : english ? new String[] {"th", "en"} : new String[] {"th"}) {
      if (lang.equals("en")) {
        clickAndWait("#shell\\:langEn");
      }
      String url = driver.getCurrentUrl();
      size(1366, 900);
      driver.get(url);
      fullScreenshot(name + "-" + lang + "-1366");
      size(390, 844);
      driver.get(url);
      if (overflowsSideways()) {
        fullScreenshot("FAILED-overflow-" + name + "-" + lang);
        throw new AssertionError(name + " (" + lang + ") runs off a 390 px screen sideways");
      }
      tallest = Math.max(tallest, pageHeight());
      fullScreenshot(name + "-" + lang + "-390");
      size(1280, 1500);
      driver.get(url);
      if (lang.equals("en")) {
        clickAndWait("#shell\\:langTh");
      }
    }
    return tallest;
  }

  /** The id of the element that has the focus. */
  String focused() {
    return String.valueOf(script("return document.activeElement && document.activeElement.id;"));
  }

  @Override
  public void close() {
    driver.quit();
  }
}
