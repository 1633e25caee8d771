package th.go.sesaoret.servicedesk.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/** The inbox page and the unread count in the header, in a real browser. */
class InboxPageIT extends BrowserTest {

  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return Deployments.withTestClasses(NoticeFixture.class, NoticeFixtureServlet.class);
  }

  @Test
  void newNoticesShowInTheInboxWithTheUnreadCountAndCanBeMarkedRead() throws Exception {
    browser.driver.manage().deleteAllCookies();
    browser.signIn("staff", DEMO_PASSWORD);
    browser.open("/inbox.xhtml");
    browser.find("#inbox\\:table\\:markAllRead").click();
    browser.waitUntilHidden("#shell\\:inboxUnread");

    long id = System.currentTimeMillis() % 1_000_000;
    fire("staff", id, "ซ." + id + "/2569");
    fire("staff", id + 1, "ซ." + (id + 1) + "/2569");

    waitForInbox("ซ." + (id + 1) + "/2569");
    assertEquals("2", browser.find("#shell\\:inboxUnread").getText());
    assertTrue(
        browser.text().contains("คำขอเลขที่ ซ." + id + "/2569 รอท่านดำเนินการ (ขั้นตอนที่ 2)"));
    browser.screenshot("inbox");

    browser.find("#inbox\\:table\\:0\\:markRead").click();
    browser.waitForText("#shell\\:inboxUnread", "1");
    browser.find("#inbox\\:table\\:markAllRead").click();
    browser.waitUntilHidden("#shell\\:inboxUnread");
  }

  /** Reloads the inbox until a notice shows: it travels through a JMS queue first. */
  private static void waitForInbox(String number) throws InterruptedException {
    long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
    while (System.nanoTime() < deadline) {
      browser.open("/inbox.xhtml");
      if (!browser
          .driver
          .findElements(By.xpath("//*[contains(text(),'" + number + "')]"))
          .isEmpty()) {
        return;
      }
      Thread.sleep(500);
    }
    throw new AssertionError("no notice " + number + " in the inbox");
  }

  private static void fire(String user, long id, String number) throws Exception {
    int port = 8080 + Integer.getInteger("it.port.offset", 100);
    URI uri =
        URI.create(
            "http://localhost:"
                + port
                + "/it/notice?user="
                + user
                + "&id="
                + id
                + "&number="
                + URLEncoder.encode(number, StandardCharsets.UTF_8));
    HttpResponse<String> response =
        HttpClient.newHttpClient()
            .send(HttpRequest.newBuilder(uri).build(), HttpResponse.BodyHandlers.ofString());
    assertEquals(200, response.statusCode(), response.body());
  }
}
