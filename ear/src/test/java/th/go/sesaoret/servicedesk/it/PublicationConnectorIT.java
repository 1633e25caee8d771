package th.go.sesaoret.servicedesk.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The outbound connector (issue 12) against a real HTTP server standing in for the office's
 * WordPress site (the JDK's {@link HttpServer}, on a free port of this test's own): a published
 * post goes there with its media once, even when the site was down at first (the queue retries); a
 * withdrawn post is set back to draft there; a site that stays down leaves the message in the DLQ.
 * The connector is off for every other test: it is turned on here through the fixture, and off
 * again after each test.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class PublicationConnectorIT {
  private static final String USER = "dlict";
  private static final String PASSWORD = "abcd EFGH 1234 ijkl";

  /** One request the stand-in site received. */
  record Received(
      String method, String path, String authorization, String contentType, String body) {}

  private HttpServer site;
  private final List<Received> received = new CopyOnWriteArrayList<>();
  private final List<Received> creations = new CopyOnWriteArrayList<>();
  private final AtomicInteger mediaFailures = new AtomicInteger();
  private final AtomicInteger postFailures = new AtomicInteger();
  private final AtomicInteger lostAnswers = new AtomicInteger();
  private volatile boolean down;
  private final AtomicInteger nextMedia = new AtomicInteger(500);

  @Deployment
  static EnterpriseArchive deployment() {
    return Deployments.withTestClasses(
        PublicationConnectorIT.class,
        WebClient.class,
        NewsFixture.class,
        NewsFixture.Post.class,
        NewsFixtureServlet.class,
        CmsFixtureServlet.class);
  }

  @BeforeEach
  void standIn() throws Exception {
    site = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    site.createContext("/wp-json/wp/v2/", this::answer);
    site.start();
    String url = "http://127.0.0.1:" + site.getAddress().getPort();
    assertEquals(
        "ok",
        new WebClient()
            .get("/it/cms?url=" + enc(url) + "&user=" + enc(USER) + "&password=" + enc(PASSWORD))
            .body());
  }

  @AfterEach
  void off() throws Exception {
    new WebClient().get("/it/cms?off=true");
    site.stop(0);
  }

  private void answer(HttpExchange x) throws IOException {
    String path = x.getRequestURI().getPath();
    byte[] in = x.getRequestBody().readAllBytes();
    String body =
        x.getRequestHeaders().getFirst("Content-Type") != null
                && x.getRequestHeaders().getFirst("Content-Type").startsWith("application/json")
            ? new String(in, StandardCharsets.UTF_8)
            : in.length + " bytes";
    Received r =
        new Received(
            x.getRequestMethod(),
            path,
            x.getRequestHeaders().getFirst("Authorization"),
            x.getRequestHeaders().getFirst("Content-Type"),
            body);
    received.add(r);
    String base = "http://127.0.0.1:" + site.getAddress().getPort();
    if (down) {
      reply(x, 503, "{\"code\":\"down\"}");
    } else if (path.equals("/wp-json/wp/v2/media") && "POST".equals(x.getRequestMethod())) {
      if (mediaFailures.getAndDecrement() > 0) {
        reply(x, 503, "{\"code\":\"busy\"}");
        return;
      }
      int id = nextMedia.incrementAndGet();
      reply(x, 201, "{\"id\":" + id + ",\"source_url\":\"" + base + "/uploads/" + id + "\"}");
    } else if (path.matches("/wp-json/wp/v2/media/\\d+")) {
      String id = path.substring(path.lastIndexOf('/') + 1);
      reply(x, 200, "{\"id\":" + id + ",\"source_url\":\"" + base + "/uploads/" + id + "\"}");
    } else if (path.equals("/wp-json/wp/v2/posts") && "GET".equals(x.getRequestMethod())) {
      reply(x, 200, creations.isEmpty() ? "[]" : "[{\"id\":900,\"status\":\"publish\"}]");
    } else if (path.equals("/wp-json/wp/v2/posts")) {
      if (lostAnswers.getAndDecrement() > 0) {
        // created, but the answer never reaches the caller (a gateway timeout)
        creations.add(r);
        reply(x, 504, "<html>Gateway timeout</html>");
        return;
      }
      if (postFailures.getAndDecrement() > 0) {
        reply(x, 502, "<html>Bad gateway</html>");
        return;
      }
      creations.add(r);
      reply(x, 201, "{\"id\":900,\"status\":\"publish\",\"link\":\"" + base + "/?p=900\"}");
    } else if (path.equals("/wp-json/wp/v2/posts/900")) {
      reply(x, 200, "{\"id\":900}");
    } else {
      reply(x, 404, "{\"code\":\"rest_no_route\"}");
    }
  }

  private static void reply(HttpExchange x, int status, String json) throws IOException {
    byte[] out = json.getBytes(StandardCharsets.UTF_8);
    x.getResponseHeaders().set("Content-Type", "application/json; charset=UTF-8");
    x.sendResponseHeaders(status, out.length);
    x.getResponseBody().write(out);
    x.close();
  }

  @Test
  void aPostReachesTheSiteOnceWithItsMediaThoughTheSiteWasDownAtFirst() throws Exception {
    mediaFailures.set(1);
    postFailures.set(2);
    long[] ids = NewsPagesIT.post("NEWS", "ข่าวส่งเว็บไซต์ " + System.nanoTime(), "");
    new WebClient().get("/it/cms?published=" + ids[0]);

    waitFor(Duration.ofSeconds(40), () -> created().size() == 1);
    Thread.sleep(1500); // any stray redelivery would show by now
    assertEquals(1, created().size(), "posted once: " + received);
    assertEquals(
        3L,
        received.stream()
            .filter(r -> r.path().equals("/wp-json/wp/v2/posts") && r.method().equals("POST"))
            .count(),
        "two refusals, then the post: " + received);
    List<Received> uploads =
        received.stream()
            .filter(r -> r.path().equals("/wp-json/wp/v2/media") && r.method().equals("POST"))
            .toList();
    assertEquals(3, uploads.size(), "one refused, then each file once: " + uploads);
    assertTrue(uploads.stream().anyMatch(u -> "image/png".equals(u.contentType())));
    assertTrue(uploads.stream().anyMatch(u -> "application/pdf".equals(u.contentType())));
    String basic =
        "Basic "
            + Base64.getEncoder()
                .encodeToString((USER + ":" + PASSWORD).getBytes(StandardCharsets.UTF_8));
    assertTrue(received.stream().allMatch(r -> basic.equals(r.authorization())), "Basic auth");

    String post = created().get(0).body();
    assertTrue(post.contains("\"status\":\"publish\""), post);
    assertTrue(post.contains("ข่าวส่งเว็บไซต์"), "the Thai title: " + post);
    assertFalse(post.contains("attachment:"), "own images point at their media: " + post);
    assertTrue(post.contains("/uploads/"), post);
    assertTrue(post.contains("\"featured_media\":"), "the cover: " + post);
    assertTrue(post.contains("/news/post/" + ids[0]), "a link back to the public page: " + post);
    waitFor(Duration.ofSeconds(5), () -> "900".equals(remote(ids[0])));

    // published again (a retry, a second event): the same remote post is updated, not a new one
    new WebClient().get("/it/cms?published=" + ids[0]);
    waitFor(Duration.ofSeconds(20), () -> updates().size() == 1);
    assertEquals(1, created().size(), "still one post");

    new WebClient().get("/it/cms?withdrawn=" + ids[0]);
    waitFor(Duration.ofSeconds(20), () -> updates().size() == 2);
    assertTrue(updates().get(1).body().contains("\"status\":\"draft\""), updates().toString());
  }

  @Test
  void aSiteThatStaysDownLeavesTheMessageInTheDeadLetterQueue() throws Exception {
    down = true;
    long before = deadLetters();
    long[] ids = NewsPagesIT.post("NEWS", "ข่าวเว็บไซต์ล่ม " + System.nanoTime(), "&files=false");
    new WebClient().get("/it/cms?published=" + ids[0]);
    waitFor(Duration.ofSeconds(60), () -> deadLetters() == before + 1);
    long attempts =
        received.stream()
            .filter(r -> r.path().equals("/wp-json/wp/v2/posts") && r.method().equals("GET"))
            .count();
    assertEquals(8, attempts, "8 attempts (messaging.cli), then the DLQ");
    assertEquals("null", remote(ids[0]), "nothing remembered: nothing was created");
  }

  @Test
  void aPostCreatedWhoseAnswerWasLostIsUpdatedNotPostedAgain() throws Exception {
    lostAnswers.set(1);
    long[] ids = NewsPagesIT.post("NEWS", "ข่าวคำตอบหาย " + System.nanoTime(), "&files=false");
    new WebClient().get("/it/cms?published=" + ids[0]);
    waitFor(Duration.ofSeconds(30), () -> updates().size() == 1);
    assertEquals(1, created().size(), "created once: " + received);
    assertTrue(created().get(0).body().contains("\"slug\":\"servicedesk-" + ids[0] + "\""));
    waitFor(Duration.ofSeconds(5), () -> "900".equals(remote(ids[0])));
  }

  @Test
  void anOffConnectorSendsNothing() throws Exception {
    new WebClient().get("/it/cms?off=true");
    long[] ids = NewsPagesIT.post("NEWS", "ข่าวไม่ส่ง " + System.nanoTime(), "&files=false");
    new WebClient().get("/it/cms?published=" + ids[0]);
    Thread.sleep(2000);
    assertEquals(List.of(), received);
  }

  private List<Received> created() {
    return List.copyOf(creations);
  }

  private List<Received> updates() {
    return received.stream().filter(r -> r.path().equals("/wp-json/wp/v2/posts/900")).toList();
  }

  private static String remote(long id) {
    try {
      return new WebClient().get("/it/cms?remote=" + id).body().strip();
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  private static long deadLetters() {
    try {
      return Long.parseLong(
          new WebClient().get("/it/cms?deadLetters=PublicationCmsQueue").body().strip());
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  private static void waitFor(Duration most, BooleanSupplier done) throws InterruptedException {
    Instant until = Instant.now().plus(most);
    while (!done.getAsBoolean()) {
      if (Instant.now().isAfter(until)) {
        throw new AssertionError("not within " + most);
      }
      Thread.sleep(200);
    }
  }

  private static String enc(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8);
  }
}
