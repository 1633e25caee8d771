package th.go.sesaoret.servicedesk.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.logging.Logger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import th.go.sesaoret.servicedesk.notification.application.Inbox;
import th.go.sesaoret.servicedesk.notification.application.InboxSort;
import th.go.sesaoret.servicedesk.repair.application.RepairConfirmation;
import th.go.sesaoret.servicedesk.repair.application.RepairFiling;
import th.go.sesaoret.servicedesk.repair.application.RepairIntake;
import th.go.sesaoret.servicedesk.repair.application.RepairOrders;
import th.go.sesaoret.servicedesk.repair.application.RepairWork;
import th.go.sesaoret.servicedesk.repair.domain.RepairOrder;
import th.go.sesaoret.servicedesk.repair.domain.Resolution;
import th.go.sesaoret.servicedesk.security.domain.Role;
import th.go.sesaoret.servicedesk.shared.list.ListQuery;

/**
 * Issue 10, item 5: each list page and the request page, fetched signed in with several rows on it,
 * runs at most a fixed number of SQL statements, whatever the number of rows. The statements are
 * those of the page's own HTTP request, on its thread ({@link StatementCounter}), so the timers and
 * other requests never count; a page is fetched once before it is counted (the per-person caches
 * fill on the first view, as they do after a sign-in). An N+1 (a query per row) or a lookup run
 * twice exceeds the bound and the failure lists the statements.
 */
@ExtendWith(ArquillianExtension.class)
class StatementCountIT {
  private static final Logger LOG = Logger.getLogger(StatementCountIT.class.getName());
  private static final String IP = "192.0.2.110";
  private static final String PASSWORD = "Dlict@2569";
  private static final Pattern ROW = Pattern.compile("data-ri=\"\\d+\"");

  /** Repairs waiting at the group director, ordered to the technician, and one completed. */
  private static final int AT_GROUP_DIRECTOR = 4;

  private static final int ORDERED = 3;

  private static long completed;

  @Deployment
  static EnterpriseArchive deployment() {
    return Deployments.countingStatements(
        Deployments.withTestClasses(StatementCountIT.class, WebClient.class, RepairFlowIT.class));
  }

  @Inject RepairFiling filing;
  @Inject RepairIntake intake;
  @Inject RepairOrders orders;
  @Inject RepairWork work;
  @Inject RepairConfirmation confirmation;
  @Inject Inbox inbox;
  @Inject AsRequester requester;
  @Inject AsClerk clerk;
  @Inject AsStaff staff;
  @Inject AsGroupDirector groupDirector;

  /** Once for the class: the repairs that fill the lists (more may be there from other tests). */
  @BeforeEach
  void repairs() throws Exception {
    if (completed != 0) {
      return;
    }
    String token = "SC" + ThreadLocalRandom.current().nextInt(100_000, 1_000_000);
    for (int i = 0; i < AT_GROUP_DIRECTOR; i++) {
      forwarded(token + "-g" + i);
    }
    for (int i = 0; i < ORDERED; i++) {
      ordered(token + "-s" + i);
    }
    long id = ordered(token + "-c");
    staff.call(() -> work.accept(id, IP));
    staff.call(() -> work.log(id, "ตรวจสอบชุดดึงกระดาษ", "ลูกยางดึงกระดาษ 1 ชุด", 20, IP));
    staff.call(() -> work.resolve(id, Resolution.REPLACED, "เปลี่ยนลูกยาง", IP));
    staff.call(() -> work.report(id, "ซ่อมเสร็จ ใช้งานได้ปกติ", IP));
    requester.call(() -> confirmation.confirm(id, 5, "รวดเร็ว", IP));
    waitForNotices();
    completed = id;
  }

  @Test
  void theWorkQueueOfTheGroupDirector() throws Exception {
    assertAtMost(4, "groupdirector", "/requests/queue.xhtml", "queue:table", AT_GROUP_DIRECTOR);
  }

  @Test
  void theWorkQueueOfTheStaff() throws Exception {
    assertAtMost(4, "staff", "/requests/queue.xhtml", "queue:table", ORDERED);
  }

  @Test
  void myRequests() throws Exception {
    assertAtMost(
        4, "requester", "/requests/mine.xhtml", "mine:table", AT_GROUP_DIRECTOR + ORDERED + 1);
  }

  @Test
  void theInbox() throws Exception {
    assertAtMost(4, "groupdirector", "/inbox.xhtml", "inbox:table", AT_GROUP_DIRECTOR);
  }

  @Test
  void theTechniciansJobs() throws Exception {
    assertAtMost(4, "staff", "/repairs/jobs.xhtml", "jobs:table", ORDERED);
  }

  @Test
  void theRequestPageOfACompletedRepair() throws Exception {
    // the timeline's five steps and the history's rows, each named and worded
    String page = "/requests/view.xhtml?id=" + completed;
    assertAtMost(8, "requester", page, "timeline", 5);
    assertAtMost(8, "groupdirector", page, "timeline", 5);
  }

  /**
   * Signs {@code username} in, views {@code path} once, then counts the statements of a second
   * view, which must show at least {@code rows} rows of the table {@code table}.
   */
  private static void assertAtMost(int bound, String username, String path, String table, int rows)
      throws Exception {
    WebClient client = new WebClient();
    HttpResponse<String> signedIn = client.signIn(username, PASSWORD);
    assertEquals(302, signedIn.statusCode(), "signed in as " + username);
    assertEquals(200, client.get(path).statusCode(), path);
    String token = UUID.randomUUID().toString();
    HttpResponse<String> page = client.get(path, StatementCountFilter.HEADER, token);
    assertEquals(200, page.statusCode(), path);
    assertTrue(page.body().contains("id=\"" + table + "\""), path + " shows " + table);
    int shown = count(ROW, page.body());
    assertTrue(shown >= rows, path + " as " + username + ": " + shown + " rows, not " + rows);
    List<String> statements = statements(client, token);
    LOG.info(
        () ->
            "statements per view of "
                + path
                + " as "
                + username
                + " ("
                + shown
                + " rows): "
                + statements.size()
                + "\n  "
                + String.join("\n  ", statements));
    assertTrue(
        statements.size() <= bound,
        () ->
            path
                + " as "
                + username
                + " ("
                + shown
                + " rows) ran "
                + statements.size()
                + " statements, at most "
                + bound
                + " expected:\n"
                + String.join("\n", statements));
  }

  private static List<String> statements(WebClient client, String token) throws Exception {
    HttpResponse<String> counted = client.get("/it/statements?token=" + token);
    assertEquals(200, counted.statusCode(), "the page's statements were recorded");
    String body = counted.body().strip();
    return body.isEmpty() ? List.of() : List.of(body.split("\n"));
  }

  private static int count(Pattern pattern, String text) {
    Matcher m = pattern.matcher(text);
    int n = 0;
    while (m.find()) {
      n++;
    }
    return n;
  }

  /** Filed by the requester, registered and forwarded to the group director by the clerk. */
  private long forwarded(String asset) throws Exception {
    long id =
        requester.call(() -> filing.file(RepairFlowIT.printerForm(asset), List.of(), IP)).id();
    clerk.call(() -> intake.register(id, IP));
    clerk.call(() -> intake.forward(id, Role.GROUP_DIRECTOR, null, IP));
    return id;
  }

  /** Forwarded, then ordered to the technician "staff" by the group director's signature. */
  private long ordered(String asset) throws Exception {
    long id = forwarded(asset);
    groupDirector.call(
        () ->
            orders.approve(
                id, PASSWORD.toCharArray(), new RepairOrder("staff", null), "ดำเนินการ", IP));
    return id;
  }

  /** The group director's notices travel through JMS: wait until the inbox has several. */
  private void waitForNotices() throws Exception {
    var all = ListQuery.sortedBy(InboxSort.TIME, false);
    Instant until = Instant.now().plus(Duration.ofSeconds(30));
    while (groupDirector.call(() -> inbox.count(all)) < AT_GROUP_DIRECTOR) {
      if (Instant.now().isAfter(until)) {
        throw new AssertionError("the group director's notices did not arrive");
      }
      Thread.sleep(200);
    }
  }
}
