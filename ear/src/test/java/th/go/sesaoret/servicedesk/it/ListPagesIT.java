package th.go.sesaoret.servicedesk.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The lists in a real browser (issue 8, finding 17): the requester types a search, filters by
 * service and overdue, sorts by title both ways and is told when the search is too long; the deputy
 * director's queue marks what waits for him, in Thai and English. The requests are filed on the
 * general form, so of {@link GeneralServiceFixture}'s test service (the manual's services have
 * forms of their own).
 */
class ListPagesIT extends BrowserTest {

  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return Deployments.withTestClasses(
        GeneralServiceFixture.class, GeneralServiceFixtureServlet.class);
  }

  @BeforeAll
  static void addTheGeneralService() throws Exception {
    RequestPagesIT.generalService("add");
  }

  @AfterAll
  static void removeTheGeneralService() throws Exception {
    RequestPagesIT.generalService("remove");
  }

  @BeforeEach
  void freshSession() {
    browser.driver.manage().deleteAllCookies();
  }

  @Test
  void aRequesterSearchesFiltersAndSortsAndTheDeputySeesWhatWaitsForHim() throws Exception {
    String token = "LP" + ThreadLocalRandom.current().nextInt(100_000, 1_000_000);
    browser.signIn("requester", DEMO_PASSWORD);
    String first = fileGeneralRequest(token + " ข่าว 1");
    fileGeneralRequest(token + " ข่าว 2");

    browser.open("/requests/mine.xhtml");
    browser.type("#mine\\:search", token);
    browser.find("#mine\\:apply").click();
    waitForRows("mine", 2, token);
    browser.screenshot("list-mine-search");

    // sort by title: ascending, then descending
    sortBy("mine", "เรื่อง");
    waitForFirstTitle("mine", token + " ข่าว 1");
    sortBy("mine", "เรื่อง");
    waitForFirstTitle("mine", token + " ข่าว 2");
    browser.screenshot("list-mine-sorted");

    // filters: another service finds none, the same service both; overdue none
    pick("mine\\:service", "REPAIR");
    waitForRows("mine", 0);
    pick("mine\\:service", GeneralServiceFixture.CODE);
    waitForRows("mine", 2);
    browser.find("#mine\\:overdue .ui-chkbox-box").click();
    waitForRows("mine", 0);
    browser.find("#mine\\:overdue .ui-chkbox-box").click();
    waitForRows("mine", 2);
    // the number finds exactly that request
    browser.type("#mine\\:search", first);
    browser.find("#mine\\:apply").click();
    waitForRows("mine", 1, first);

    // over 100 characters: refused with the limit, the list stays as it was
    browser.type("#mine\\:search", "ก".repeat(101));
    browser.find("#mine\\:apply").click();
    browser.waitForText("#mine\\:searchMessage", "ไม่เกิน 100 ตัวอักษร");
    assertEquals(1, rows("mine").size());
    assertTrue(!browser.text().contains("Exception"));
    browser.screenshot("list-mine-too-long");

    browser.signOut();
    browser.signIn("deputy", DEMO_PASSWORD);
    browser.open("/requests/queue.xhtml");
    browser.type("#queue\\:search", token);
    browser.find("#queue\\:apply").click();
    waitForRows("queue", 2, token);
    // each row waits for the deputy and names the requester (read at once: ajax may redraw rows)
    waitForRows("queue", 2, "รอท่านดำเนินการ");
    List<?> texts =
        (List<?>)
            browser.script(
                "return Array.from(document.querySelectorAll('#queue\\\\:table_data > tr'))"
                    + ".map(r => r.innerText);");
    assertEquals(2, texts.size());
    for (Object text : texts) {
      assertTrue(String.valueOf(text).contains("รอท่านดำเนินการ"), String.valueOf(text));
      assertTrue(String.valueOf(text).contains("ครูสมชาย ใจดี"), "the requester by full name");
    }
    browser.find("#queue\\:waiting .ui-chkbox-box").click();
    waitForRows("queue", 2);
    browser.screenshot("list-queue-deputy");
    browser.clickAndWait("#shell\\:langEn");
    browser.type("#queue\\:search", token);
    browser.find("#queue\\:apply").click();
    waitForRows("queue", 2, "Waiting for you");
    assertTrue(rows("queue").get(0).getText().contains("Waiting for you"));
    browser.screenshot("list-queue-deputy-en");
    browser.clickAndWait("#shell\\:langTh");
  }

  private static String fileGeneralRequest(String title) throws Exception {
    browser.open("/requests/new.xhtml");
    browser.script(
        "PF('widget_newRequest_service').selectValue('" + GeneralServiceFixture.CODE + "')");
    browser.type("#newRequest\\:title", title);
    browser.type("#newRequest\\:description", "ขอเผยแพร่ข่าวบนเว็บไซต์สำนักงาน");
    Path file = Files.createTempFile("news", ".txt");
    Files.writeString(file, "เนื้อหาข่าว " + title);
    browser.driver.findElement(By.cssSelector("input[type=file]")).sendKeys(file.toString());
    browser.clickAndWait("#newRequest\\:submit");
    return browser.find("#number").getText().strip();
  }

  /** Chooses a menu's value through its widget and fires its change, as a pick by hand does. */
  private static void pick(String menu, String value) {
    String widget = "PF('widget_" + menu.replace("\\:", "_") + "')";
    browser.script(widget + ".selectValue('" + value + "'); " + widget + ".triggerChange();");
  }

  /** The table's data rows (none when it shows its empty message). */
  private static List<WebElement> rows(String form) {
    return browser.driver.findElements(
        By.cssSelector("#" + form + "\\:table_data > tr:not(.ui-datatable-empty-message)"));
  }

  private static void waitForRows(String form, int count) {
    waitForRows(form, count, "");
  }

  /** Waits for {@code count} rows that each hold {@code text} (the table after the update). */
  private static void waitForRows(String form, int count, String text) {
    new WebDriverWait(browser.driver, Duration.ofSeconds(20))
        .until(
            d -> {
              try {
                List<WebElement> rows = rows(form);
                return rows.size() == count
                    && rows.stream().allMatch(r -> r.getText().contains(text));
              } catch (RuntimeException stale) {
                return false;
              }
            });
  }

  private static void sortBy(String form, String header) {
    browser.clickXpath(
        "//*[@id='" + form + ":table']//th[.//span[normalize-space(text())='" + header + "']]");
  }

  private static void waitForFirstTitle(String form, String title) {
    new WebDriverWait(browser.driver, Duration.ofSeconds(20))
        .until(
            d -> {
              try {
                List<WebElement> rows = rows(form);
                return !rows.isEmpty() && rows.get(0).getText().contains(title);
              } catch (RuntimeException stale) {
                return false;
              }
            });
  }
}
