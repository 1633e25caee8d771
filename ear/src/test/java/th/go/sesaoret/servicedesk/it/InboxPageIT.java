package th.go.sesaoret.servicedesk.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Locale;
import java.util.stream.Stream;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import th.go.sesaoret.servicedesk.notification.domain.NoticeKind;
import th.go.sesaoret.servicedesk.notification.domain.NoticeText;
import th.go.sesaoret.servicedesk.notification.domain.WorkflowNotice;
import th.go.sesaoret.servicedesk.repair.domain.RepairNotice;

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

    // both: the listener's instances may deliver the two in either order
    waitForInbox("ซ." + id + "/2569");
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

  /**
   * Issue 8 finding 11: every notice kind reads as words, in Thai and in English, the same words as
   * its e-mail; issue 8 finding 16: a notice someone already acted on says who, by full name and
   * position, and is not counted as unread.
   */
  @Test
  void everyNoticeKindReadsAsWordsInThaiAndEnglishAndAHandledOneSaysWho() throws Exception {
    browser.driver.manage().deleteAllCookies();
    browser.signIn("technician", DEMO_PASSWORD);
    browser.open("/inbox.xhtml");
    browser.find("#inbox\\:table\\:markAllRead").click();
    browser.waitUntilHidden("#shell\\:inboxUnread");

    long base = 500_000 + System.currentTimeMillis() % 400_000;
    NoticeKind[] kinds = allKinds();
    for (int i = 0; i < kinds.length; i++) {
      fire("technician", base + i, number(base + i), kinds[i].name(), null, null);
    }
    long handledId = base + kinds.length;
    fire(
        "technician", handledId, number(handledId), "APPROVAL_NEEDED", "deputy", "DEPUTY_DIRECTOR");
    for (long id = base; id <= handledId; id++) {
      waitForInbox(number(id));
    }

    assertEquals(String.valueOf(kinds.length), browser.find("#shell\\:inboxUnread").getText());
    String thai = browser.text();
    assertNoKeys(thai);
    for (int i = 0; i < kinds.length; i++) {
      String line = NoticeText.what(kinds[i], number(base + i), 2, Locale.forLanguageTag("th"));
      assertTrue(thai.contains(line), "Thai " + kinds[i] + ": " + line);
    }
    assertTrue(thai.contains("ดำเนินการแล้วโดย นางวิไลวรรณ ศรีสุข (รองผอ.สพม.รอ)"), thai);
    assertFalse(thai.contains("deputy"), "never the user name");
    browser.screenshot("inbox-kinds-th");
    browser.driver.manage().window().setSize(new Dimension(390, 1500));
    browser.screenshot("inbox-kinds-th-390");
    browser.driver.manage().window().setSize(new Dimension(1366, 1500));

    browser.clickAndWait("#shell\\:langEn");
    String english = browser.text();
    assertNoKeys(english);
    for (int i = 0; i < kinds.length; i++) {
      String line = NoticeText.what(kinds[i], number(base + i), 2, Locale.ENGLISH);
      assertTrue(english.contains(line), "English " + kinds[i] + ": " + line);
    }
    assertTrue(english.contains("Already handled by นางวิไลวรรณ ศรีสุข (Deputy"), english);
    browser.screenshot("inbox-kinds-en");
    browser.driver.manage().window().setSize(new Dimension(390, 1500));
    browser.screenshot("inbox-kinds-en-390");
    browser.driver.manage().window().setSize(new Dimension(1280, 1500));
    browser.clickAndWait("#shell\\:langTh");
    browser.find("#inbox\\:table\\:markAllRead").click();
    browser.waitUntilHidden("#shell\\:inboxUnread");
  }

  /** Every kind the application raises: the engine's and the repair's. */
  private static NoticeKind[] allKinds() {
    return Stream.of(WorkflowNotice.values(), RepairNotice.values())
        .flatMap(Stream::of)
        .toArray(NoticeKind[]::new);
  }

  private static String number(long id) {
    return "ท." + id + "/2569";
  }

  private static void assertNoKeys(String text) {
    assertFalse(text.contains("notification.kind"), text);
    assertFalse(text.contains("notice."), text);
    assertFalse(text.contains("???"), text);
    for (NoticeKind kind : allKinds()) {
      assertFalse(text.contains(kind.name()), kind.name());
    }
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
    fire(user, id, number, null, null, null);
  }

  private static void fire(
      String user, long id, String number, String kind, String handledBy, String handledAs)
      throws Exception {
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
                + URLEncoder.encode(number, StandardCharsets.UTF_8)
                + (kind == null ? "" : "&kind=" + kind)
                + (handledBy == null ? "" : "&handledBy=" + handledBy + "&handledAs=" + handledAs));
    HttpResponse<String> response =
        HttpClient.newHttpClient()
            .send(HttpRequest.newBuilder(uri).build(), HttpResponse.BodyHandlers.ofString());
    assertEquals(200, response.statusCode(), response.body());
  }
}
