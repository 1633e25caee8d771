package th.go.sesaoret.servicedesk.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import th.go.sesaoret.servicedesk.catalog.domain.ServiceCode;
import th.go.sesaoret.servicedesk.request.application.RequestQueries;
import th.go.sesaoret.servicedesk.request.application.RequestSubmission;
import th.go.sesaoret.servicedesk.request.application.StepActions;
import th.go.sesaoret.servicedesk.request.domain.RequestStatus;
import th.go.sesaoret.servicedesk.shared.BusinessException;

/**
 * The application as an ASVS level-2 tester probes it over plain HTTP: session fixation, the
 * security headers and cookie attributes on every kind of response, what a tampered ajax request or
 * a server error tells the client, an upload too big for the server, over-long input sent straight
 * to the services, and the server log. What is filed goes on the general form, so on {@link
 * GeneralServiceFixture}'s test service, added and removed around the test that files it.
 */
@ExtendWith(ArquillianExtension.class)
class WebSecurityIT {
  private static final String PASSWORD = "Dlict@2569";
  private static final String IP = "192.0.2.80";
  private static final Locale THAI = Locale.forLanguageTag("th");
  private static final String GENERIC_ERROR = "ระบบขัดข้อง";

  /** A service filed on the general form (the manual's services have forms of their own). */
  private static final ServiceCode GENERAL = ServiceCode.of(GeneralServiceFixture.CODE);

  @Deployment
  static EnterpriseArchive deployment() {
    return Deployments.withTestClasses(
        WebSecurityIT.class,
        WebClient.class,
        SecurityFixtureServlet.class,
        GeneralServiceFixture.class,
        GeneralServiceFixtureServlet.class);
  }

  @Inject RequestSubmission submission;
  @Inject RequestQueries queries;
  @Inject StepActions steps;
  @Inject AsRequester requester;
  @Inject AsDeputy deputy;
  @Inject GeneralServiceFixture general;

  // ---- session fixation (finding 2) ----

  @Test
  @RunAsClient
  void signingInRenewsTheSessionIdAndThePlantedIdStaysAnonymous() throws Exception {
    WebClient web = new WebClient();
    // the sign-in page starts no session (PublicPagesIT); a protected page does: it remembers
    // where to return after sign-in, and that is the id an attacker can obtain and plant
    web.get("/requester/home.xhtml");
    String planted = web.session();
    assertNotNull(planted, "the protected page starts a session (the page to return to)");

    HttpResponse<String> signedIn = web.signIn("requester", PASSWORD);
    assertEquals(302, signedIn.statusCode());
    assertTrue(
        signedIn.headers().firstValue("Location").orElse("").endsWith("/requester/home.xhtml"));
    String renewed = web.session();
    assertNotEquals(planted, renewed, "a new session id at sign-in");
    assertEquals(200, web.get("/requester/home.xhtml").statusCode());

    WebClient attacker = new WebClient();
    attacker.cookies.put("JSESSIONID", planted);
    HttpResponse<String> home = attacker.get("/requester/home.xhtml");
    assertEquals(302, home.statusCode(), "the planted id is not signed in");
    assertTrue(home.headers().firstValue("Location").orElse("").contains("/login.xhtml"));
  }

  // ---- security headers and the session cookie (finding 3) ----

  @Test
  @RunAsClient
  void everyKindOfResponseCarriesTheSecurityHeaders() throws Exception {
    WebClient web = new WebClient();
    HttpResponse<String> page = web.get("/manual.xhtml");
    assertEquals(200, page.statusCode());
    assertHeaders("page", page);
    String csp = page.headers().firstValue("Content-Security-Policy").orElseThrow();
    assertTrue(csp.matches(".*script-src 'self' 'nonce-[^']+'.*"), csp);
    assertFalse(csp.contains("unsafe-eval"), csp);
    Matcher nonce = Pattern.compile("'nonce-([^']+)'").matcher(csp);
    assertTrue(nonce.find());
    assertTrue(page.body().contains("nonce=\"" + nonce.group(1) + "\""), "scripts carry the nonce");
    assertFalse(
        Pattern.compile("<[a-z]+[^>]*\\son(click|change|keyup|load)=").matcher(page.body()).find(),
        "no inline event handler left in the page");

    Matcher resource =
        Pattern.compile("href=\"(/jakarta.faces.resource/[^\"]+)\"").matcher(page.body());
    assertTrue(resource.find(), "the page links a stylesheet");
    HttpResponse<String> css = web.get(resource.group(1).replace("&amp;", "&"));
    assertEquals(200, css.statusCode());
    assertHeaders("resource", css);

    HttpResponse<String> missing = web.get("/no-such-page.xhtml");
    assertEquals(404, missing.statusCode());
    assertHeaders("404 page", missing);
    assertHeaders("404 of a file", web.get("/no-such-file.txt"));

    long repair = Long.parseLong(web.get("/it/security/repair").body().strip());
    web.signIn("requester", PASSWORD);
    HttpResponse<String> pdf = web.get("/repairs/form.pdf?id=" + repair);
    assertEquals(200, pdf.statusCode());
    assertEquals("application/pdf", pdf.headers().firstValue("Content-Type").orElse(""));
    assertHeaders("pdf", pdf);
    assertHeaders("signed-in page", web.get("/requester/home.xhtml"));
  }

  @Test
  @RunAsClient
  void theSessionCookieIsHttpOnlyAndSameSiteLaxAndSecureBehindAnHttpsProxy() throws Exception {
    String plain = sessionCookie(new WebClient().get("/requester/home.xhtml"));
    assertTrue(plain.contains("HttpOnly"), plain);
    assertTrue(plain.toLowerCase(Locale.ROOT).contains("samesite=lax"), plain);
    assertFalse(plain.toLowerCase(Locale.ROOT).contains("; secure"), "plain HTTP: " + plain);

    String proxied =
        sessionCookie(new WebClient().get("/requester/home.xhtml", "X-Forwarded-Proto", "https"));
    assertTrue(proxied.contains("HttpOnly"), proxied);
    assertTrue(proxied.toLowerCase(Locale.ROOT).contains("samesite=lax"), proxied);
    assertTrue(
        proxied.toLowerCase(Locale.ROOT).contains("; secure"), "behind an HTTPS proxy: " + proxied);
  }

  // ---- what an error tells the client (finding 4) ----

  @ParameterizedTest
  @ValueSource(strings = {"rows", "sort"})
  @RunAsClient
  void aTamperedAjaxRequestGetsTheGenericMessageOnly(String tamper) throws Exception {
    WebClient web = new WebClient();
    web.signIn("requester", PASSWORD);
    String page = web.get("/requests/mine.xhtml").body();
    Map<String, String> form = tableAjax(page);
    if (tamper.equals("rows")) {
      form.put("mine:table_pagination", "true");
      form.put("mine:table_first", "0");
      form.put("mine:table_rows", "999999");
    } else {
      form.put("mine:table_sorting", "true");
      form.put("mine:table_sortKey", "mine:table:a,mine:table:b");
      form.put("mine:table_sortDir", "1");
    }
    HttpResponse<String> answer =
        web.post("/requests/mine.xhtml", form, "Faces-Request", "partial/ajax");

    String body = answer.body();
    assertTrue(body.contains("<partial-response"), body);
    assertTrue(body.contains(GENERIC_ERROR), "the generic message: " + body);
    assertNoDetail(body);
  }

  @Test
  @RunAsClient
  void aServerErrorPageShowsNoDetail() throws Exception {
    WebClient web = new WebClient();
    web.signIn("requester", PASSWORD);
    String page = web.get("/requests/mine.xhtml").body();
    Map<String, String> form = new LinkedHashMap<>();
    form.put("mine", "mine");
    form.put("mine:table_pagination", "true");
    form.put("mine:table_first", "0");
    form.put("mine:table_rows", "999999");
    form.put("jakarta.faces.ViewState", WebClient.viewState(page));
    form.put("primefaces.nonce", WebClient.nonce(page));
    HttpResponse<String> answer = web.post("/requests/mine.xhtml", form);
    String body = answer.body();
    if (answer.statusCode() == 302) {
      String location = answer.headers().firstValue("Location").orElseThrow();
      body = web.get(location.replaceFirst("^https?://[^/]+", "")).body();
    }
    assertTrue(body.contains(GENERIC_ERROR), body);
    assertNoDetail(body);
  }

  // ---- an upload too big for the server (finding 5) ----

  @Test
  @RunAsClient
  void aFiftyMegabyteUploadGetsTheSizeMessage() throws Exception {
    generalService("add");
    try {
      fiftyMegabyteUpload();
    } finally {
      generalService("remove");
    }
  }

  private static void fiftyMegabyteUpload() throws Exception {
    WebClient web = new WebClient();
    web.signIn("requester", PASSWORD);
    String page = web.get("/requests/new.xhtml").body();
    Map<String, String> fields = new LinkedHashMap<>();
    fields.put("newRequest", "newRequest");
    fields.put("newRequest:service_input", GeneralServiceFixture.CODE);
    fields.put("newRequest:title", "ข่าวกิจกรรม");
    fields.put("newRequest:description", "ภาพกิจกรรม");
    fields.put("newRequest:submit", "");
    fields.put("jakarta.faces.ViewState", WebClient.viewState(page));
    fields.put("primefaces.nonce", WebClient.nonce(page));
    Matcher file = Pattern.compile("<input[^>]*type=\"file\"[^>]*>").matcher(page);
    assertTrue(file.find(), "the form has a file field");
    Matcher name = Pattern.compile("name=\"([^\"]+)\"").matcher(file.group());
    assertTrue(name.find(), file.group());
    byte[] big = new byte[50 * 1024 * 1024];
    java.util.Arrays.fill(big, (byte) 'a');

    HttpResponse<String> answer =
        web.postMultipart("/requests/new.xhtml", fields, name.group(1), "ภาพ.txt", big);

    assertFalse(answer.body().isBlank(), "status " + answer.statusCode() + " with an empty body");
    assertTrue(answer.body().contains("มีขนาดเกิน 10 เมกะไบต์"), answer.body());
  }

  // ---- over-long input straight to the services (finding 6) ----

  @Test
  void anOverLongTitleIsRefusedWithItsMessageAndNothingIsSaved() throws Exception {
    general.add();
    try {
      overLongTitleAndDescription();
    } finally {
      general.remove();
    }
  }

  private void overLongTitleAndDescription() throws Exception {
    long before = requester.call(() -> queries.countMyRequests());
    String title = "ก".repeat(100_000);
    refused(
        "request.title.tooLong",
        () -> requester.call(() -> submission.submit(GENERAL, title, "", List.of(), IP)));
    refused(
        "request.description.tooLong",
        () ->
            requester.call(
                () -> submission.submit(GENERAL, "ข่าว", "ข".repeat(100_000), List.of(), IP)));
    assertEquals(before, requester.call(() -> queries.countMyRequests()));
  }

  @Test
  void anOverLongCommentOrReasonIsRefusedWithItsMessageNeverCutOrFailed() throws Exception {
    general.add();
    try {
      overLongCommentAndReason();
    } finally {
      general.remove();
    }
  }

  private void overLongCommentAndReason() throws Exception {
    long id =
        requester.call(() -> submission.submit(GENERAL, "ข่าว", "หน้าข่าว", List.of(), IP)).id();
    long step3 = requester.call(() -> queries.request(id, THAI, IP)).timeline().get(2).stepId();
    String tooLong = "ค".repeat(100_000);
    refused(
        "request.comment.tooLong",
        () -> deputy.call(() -> steps.returnForCorrection(step3, tooLong, IP)));
    refused(
        "request.comment.tooLong",
        () -> deputy.call(() -> steps.approve(step3, PASSWORD.toCharArray(), tooLong, IP)));
    refused("request.comment.tooLong", () -> requester.call(() -> steps.cancel(id, tooLong, IP)));
    var after = requester.call(() -> queries.request(id, THAI, IP));
    assertEquals(RequestStatus.OPEN, after.status());
    assertEquals(null, after.timeline().get(2).finishedAt(), "step 3 still open, nothing saved");
  }

  // ---- the server log (finding 7) ----

  @Test
  void theServerLogSaysWhereTheDemoPasswordIsWithoutPrintingIt() throws Exception {
    Path log = Path.of(System.getProperty("jboss.server.log.dir"), "server.log");
    String text = Files.readString(log, StandardCharsets.UTF_8);
    assertTrue(text.contains("Demo accounts created"), "the demo accounts were made at this start");
    assertFalse(text.contains(PASSWORD), "no password in the server log");
    assertTrue(text.contains("README"), "the log line says where the password is documented");
  }

  // ---- helpers ----

  /** Adds ({@code add}, once) or removes ({@code remove}) the general test service over HTTP. */
  private static void generalService(String what) throws Exception {
    HttpResponse<String> done = new WebClient().get("/it/general-service?do=" + what);
    assertEquals(200, done.statusCode(), done.body());
    assertEquals("ok", done.body().strip(), done.body());
  }

  private static void assertHeaders(String what, HttpResponse<String> r) {
    assertEquals(
        List.of("nosniff"), r.headers().allValues("X-Content-Type-Options"), what + " nosniff");
    assertEquals(List.of("DENY"), r.headers().allValues("X-Frame-Options"), what + " frames");
    assertEquals(
        List.of("same-origin"), r.headers().allValues("Referrer-Policy"), what + " referrer");
    List<String> csp = r.headers().allValues("Content-Security-Policy");
    assertEquals(1, csp.size(), what + " one policy: " + csp);
    assertTrue(csp.get(0).contains("frame-ancestors 'none'"), what + ": " + csp);
  }

  private static String sessionCookie(HttpResponse<String> r) {
    return r.headers().allValues("Set-Cookie").stream()
        .filter(c -> c.startsWith("JSESSIONID="))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no session cookie: " + r.headers().map()));
  }

  private static Map<String, String> tableAjax(String page) {
    Map<String, String> form = new LinkedHashMap<>();
    form.put("jakarta.faces.partial.ajax", "true");
    form.put("jakarta.faces.source", "mine:table");
    form.put("jakarta.faces.partial.execute", "mine:table");
    form.put("jakarta.faces.partial.render", "mine:table");
    form.put("mine:table_encodeFeature", "true");
    form.put("mine:table_skipChildren", "true");
    form.put("mine", "mine");
    form.put("jakarta.faces.ViewState", WebClient.viewState(page));
    form.put("primefaces.nonce", WebClient.nonce(page));
    return form;
  }

  private static void assertNoDetail(String body) {
    for (String detail :
        List.of(
            "IllegalArgumentException",
            "FacesException",
            "Unsupported rows",
            "sortKeys",
            "999999",
            "java.lang",
            "at org.")) {
      assertFalse(body.contains(detail), "'" + detail + "' shown to the client: " + body);
    }
  }

  private static void refused(String key, Executable action) {
    assertEquals(key, assertThrows(BusinessException.class, action).key());
  }
}
