package th.go.sesaoret.servicedesk.it;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebElement;

/**
 * The shell on a desktop and on a phone (issue 8, findings 13 and 19): the menu is one row at 1366
 * px for every role, the role a quiet label; at 390 x 844 no page runs off the screen and the
 * header stays under a fifth of it, the menu behind a button; the favicon is an image; the holiday
 * references are Thai on the Thai page.
 */
class LayoutPagesIT extends BrowserTest {
  private static final Pattern THAI = Pattern.compile("\\p{IsThai}");
  private static final List<String[]> ROLES =
      List.of(
          new String[] {"requester", "ผู้รับบริการ"},
          new String[] {"clerk", "ธุรการกลุ่ม"},
          new String[] {"staff", "เจ้าหน้าที่กลุ่ม DLICT"},
          new String[] {"groupdirector", "ผู้อำนวยการกลุ่ม ICT"},
          new String[] {"deputy", "รองผอ.สพม.รอ"},
          new String[] {"director", "ผอ.สพม.รอ"},
          new String[] {"admin", "ผู้ดูแลระบบ"});

  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return Deployments.application();
  }

  @BeforeEach
  void freshSession() {
    browser.driver.manage().deleteAllCookies();
  }

  @AfterEach
  void desktopAgain() {
    browser.driver.manage().window().setSize(new Dimension(1280, 1500));
  }

  @Test
  void everyRolesMenuIsOneRowAt1366WithTheRoleAsAQuietLabel() throws Exception {
    browser.driver.manage().window().setSize(new Dimension(1366, 900));
    for (String[] role : ROLES) {
      browser.driver.manage().deleteAllCookies();
      browser.signIn(role[0], DEMO_PASSWORD);
      browser.find("#shell\\:menu");
      List<?> tops =
          (List<?>)
              browser.script(
                  "return Array.from(document.querySelectorAll('#shell\\\\:menu > ul > li'))"
                      + ".filter(li => li.offsetParent !== null)"
                      + ".map(li => Math.round(li.getBoundingClientRect().top));");
      assertFalse(tops.isEmpty(), role[0]);
      assertEquals(1, tops.stream().distinct().count(), role[0] + ": menu rows at " + tops);
      String menu = browser.find("#shell\\:menu").getText();
      assertTrue(browser.find("#shell\\:roles").getText().contains(role[1]), role[0]);
      for (String item : menu.split("\n")) {
        assertFalse(item.strip().equals(role[1]), role[0] + ": the role is not a menu item");
      }
      long menuHeight =
          ((Number)
                  browser.script(
                      "return document.getElementById('shell:menu').getBoundingClientRect().height;"))
              .longValue();
      assertTrue(menuHeight < 60, role[0] + ": menu " + menuHeight + " px high");
      browser.screenshot("layout-1366-" + role[0]);
    }
    browser.clickAndWait("#shell\\:langEn");
    browser.screenshot("layout-1366-admin-en");
    browser.clickAndWait("#shell\\:langTh");
  }

  @Test
  void onAPhoneNoPageRunsOffTheScreenAndTheHeaderIsCompact() throws Exception {
    browser.driver.manage().window().setSize(new Dimension(390, 844));
    browser.signIn("requester", DEMO_PASSWORD);
    for (String page :
        List.of(
            "/home.xhtml",
            "/requests/new.xhtml",
            "/repairs/new.xhtml",
            "/requests/mine.xhtml",
            "/inbox.xhtml",
            "/manual.xhtml")) {
      fitsThePhone(page, "phone-requester" + page.replace('/', '-').replace(".xhtml", ""));
    }
    // the menu opens behind its button and closes again
    assertFalse(browser.driver.findElement(By.id("shell:menu")).isDisplayed());
    browser.find("#shell\\:menuToggle").click();
    WebElement menu = browser.find("#shell\\:menu");
    assertTrue(menu.isDisplayed());
    assertEquals("true", browser.find("#shell\\:menuToggle").getAttribute("aria-expanded"));
    browser.screenshot("phone-requester-menu-open");
    browser.find("#shell\\:menuToggle").click();
    browser.waitUntilHidden("#shell\\:menu");

    browser.clickAndWait("#shell\\:langEn");
    fitsThePhone("/requests/new.xhtml", "phone-requester-requests-new-en");
    fitsThePhone("/repairs/new.xhtml", "phone-requester-repairs-new-en");
    browser.clickAndWait("#shell\\:langTh");

    browser.signOut();
    browser.signIn("staff", DEMO_PASSWORD);
    for (String page :
        List.of(
            "/home.xhtml",
            "/repairs/jobs.xhtml",
            "/requests/queue.xhtml",
            "/repairs/equipment.xhtml?asset=7440-001-0001/2565")) {
      fitsThePhone(page, "phone-staff" + page.replaceAll("[/?=]", "-").replace(".xhtml", ""));
    }
    browser.signOut();
    browser.signIn("clerk", DEMO_PASSWORD);
    fitsThePhone("/repairs/new.xhtml", "phone-clerk-repairs-new");
  }

  private static void fitsThePhone(String page, String shot) throws Exception {
    browser.open(page);
    browser.find("footer");
    List<?> sizes =
        (List<?>)
            browser.script(
                "return [document.documentElement.scrollWidth, window.innerWidth,"
                    + " document.querySelector('header').getBoundingClientRect().height,"
                    + " window.innerHeight];");
    long scrollWidth = ((Number) sizes.get(0)).longValue();
    long innerWidth = ((Number) sizes.get(1)).longValue();
    double header = ((Number) sizes.get(2)).doubleValue();
    long innerHeight = ((Number) sizes.get(3)).longValue();
    browser.screenshot(shot);
    assertTrue(
        scrollWidth <= innerWidth,
        page + " runs off the screen: " + scrollWidth + " > " + innerWidth);
    assertTrue(header < 0.2 * innerHeight, page + ": header " + header + " of " + innerHeight);
  }

  @Test
  void theFaviconIsAnIconImage() throws Exception {
    int port = 8080 + Integer.getInteger("it.port.offset", 100);
    HttpResponse<byte[]> response =
        HttpClient.newHttpClient()
            .send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/favicon.ico"))
                    .build(),
                HttpResponse.BodyHandlers.ofByteArray());
    assertEquals(200, response.statusCode());
    String type = response.headers().firstValue("Content-Type").orElse("");
    assertTrue(type.startsWith("image/"), type);
    assertArrayEquals(new byte[] {0, 0, 1, 0}, Arrays.copyOf(response.body(), 4), "an ICO file");
  }

  @Test
  void theHolidayReferencesAreThaiOnTheThaiPage() throws Exception {
    browser.signIn("admin", DEMO_PASSWORD);
    browser.open("/admin/holidays.xhtml");
    List<WebElement> rows =
        browser.driver.findElements(By.cssSelector("#holidays\\:table_data > tr"));
    assertFalse(rows.isEmpty());
    for (WebElement row : rows) {
      List<WebElement> cells = row.findElements(By.tagName("td"));
      String reference = cells.get(cells.size() - 2).getText().strip();
      assertTrue(
          reference.isEmpty() || THAI.matcher(reference).find(),
          "English reference on the Thai page: " + reference);
    }
    String text = browser.find("#holidays\\:table").getText();
    assertFalse(text.contains("cabinet"), text);
    assertFalse(text.contains("computed"), text);
    browser.screenshot("holidays-thai-references");
  }
}
