package th.go.sesaoret.servicedesk.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.util.ArrayList;
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
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import th.go.sesaoret.servicedesk.security.application.Profile;

/**
 * The public pages as an anonymous reader, or a crawler, gets them over plain HTTP: in the chosen
 * language, switched by a GET and remembered in a cookie, and never with a session (a session holds
 * the server's memory for 30 minutes); a session starts when a person signs in. Also the sign-in
 * form's protection against login CSRF, and the cache lifetimes of pages and resources.
 */
@ExtendWith(ArquillianExtension.class)
class PublicPagesIT {
  private static final String PASSWORD = "Dlict@2569";
  private static final String IMMUTABLE = "public, max-age=31536000, immutable";

  /** A public page: its address, its status, a line it shows in Thai and the same in English. */
  record PublicPage(String path, int status, String thai, String english) {
    String with(String query) {
      return path + (path.contains("?") ? "&" : "?") + query;
    }

    /** The language switch's link back to Thai: the page's own query kept, then lang=th. */
    String switchBack() {
      int q = path.indexOf('?');
      return "href=\"?" + (q < 0 ? "" : path.substring(q + 1) + "&amp;") + "lang=th\"";
    }

    @Override
    public String toString() {
      return path;
    }
  }

  /** Every public page, one line each: the news pages and the room display join here. */
  static List<PublicPage> publicPages() {
    return List.of(
        new PublicPage("/", 200, "คู่มือการให้บริการ", "Service manual"),
        new PublicPage("/manual.xhtml", 200, "คู่มือการให้บริการ", "Service manual"),
        new PublicPage(
            "/login.xhtml",
            200,
            "เข้าสู่ระบบบริการกลุ่ม DLICT",
            "Sign in to the DLICT Service Desk"),
        new PublicPage("/no-such-page.xhtml", 404, "ไม่พบหน้าที่ต้องการ", "Page not found"),
        new PublicPage(
            "/rooms/display.xhtml?room=1",
            200,
            "สแกนเพื่อจองห้องประชุมนี้",
            "Scan to book this room"),
        new PublicPage(
            "/rooms/display.xhtml?room=999999", 404, "ไม่พบหน้าที่ต้องการ", "Page not found"),
        // issue 12 part H3: the public news pages
        new PublicPage("/news", 200, "ข่าวและประกาศ", "News and announcements"),
        new PublicPage("/news/procurement", 200, "ประกาศจัดซื้อจัดจ้าง", "Procurement notices"),
        new PublicPage("/news/post/999999", 404, "ไม่พบหน้าที่ต้องการ", "Page not found"),
        // issue 13 part H4: the public ITA statistics
        new PublicPage(
            "/ita",
            200,
            "สถิติการให้บริการและผลความพึงพอใจ",
            "Service statistics and satisfaction"),
        new PublicPage("/ita/2500", 404, "ไม่พบหน้าที่ต้องการ", "Page not found"));
  }

  @Inject Profile profile;
  @Inject AsRequester requester;

  @Deployment
  static EnterpriseArchive deployment() {
    return Deployments.withTestClasses(
        PublicPagesIT.class, PublicPage.class, WebClient.class, SessionProbeServlet.class);
  }

  @ParameterizedTest
  @MethodSource("publicPages")
  @RunAsClient
  void aReaderGetsThePageInThaiAndNoSession(PublicPage page) throws Exception {
    HttpResponse<String> answer = new WebClient().get(page.path());

    assertEquals(page.status(), answer.statusCode(), page.path());
    assertNoSession(page.path(), answer);
    assertTrue(answer.body().contains(page.thai()), page.path() + ": " + answer.body());
    assertTrue(answer.body().contains("lang=\"th\""), page.path());
  }

  @ParameterizedTest
  @MethodSource("publicPages")
  @RunAsClient
  void theLanguageSwitchIsAGetRememberedInACookieWithoutASession(PublicPage page) throws Exception {
    WebClient web = new WebClient();
    HttpResponse<String> english = web.get(page.with("lang=en"));

    assertEquals(page.status(), english.statusCode());
    assertNoSession(page.path() + "?lang=en", english);
    assertTrue(english.body().contains(page.english()), page.path() + ": " + english.body());
    assertFalse(english.body().contains(page.thai()), page.path());
    assertTrue(english.body().contains("lang=\"en\""), page.path());
    assertTrue(english.body().contains(page.switchBack()), "the switch back is a link");
    String cookie = cookie(english, "servicedesk-lang");
    assertTrue(cookie.startsWith("servicedesk-lang=en;"), cookie);
    assertCookieAttributes(cookie, "Lax");
    assertTrue(cookie.contains("Max-Age=31536000"), "remembered for a year: " + cookie);

    HttpResponse<String> remembered = web.get(page.path());
    assertNoSession(page.path() + " again", remembered);
    assertTrue(remembered.body().contains(page.english()), "the cookie keeps English");

    HttpResponse<String> thai = web.get(page.with("lang=th"));
    assertNoSession(page.path() + "?lang=th", thai);
    assertTrue(thai.body().contains(page.thai()), page.path());
  }

  @Test
  @RunAsClient
  void theBrowsersLanguageCountsUntilTheReaderChooses() throws Exception {
    assertTrue(manual("Accept-Language", "en-US,en;q=0.9").contains("Service manual"));
    assertTrue(manual("Accept-Language", "th-TH,th;q=0.9,en;q=0.8").contains("คู่มือการให้บริการ"));
    assertTrue(manual("Accept-Language", "fr-FR,fr;q=0.9").contains("คู่มือการให้บริการ"));
    assertTrue(manual("Accept-Language", "de;q=0.9,en;q=0.8").contains("Service manual"));
    WebClient chose = new WebClient();
    chose.cookies.put("servicedesk-lang", "th");
    assertTrue(
        chose.get("/manual.xhtml", "Accept-Language", "en").body().contains("คู่มือการให้บริการ"),
        "a choice made outweighs the browser's language");
  }

  @Test
  @RunAsClient
  void aCrawlerLeavesNoSessionBehind() throws Exception {
    int rounds = 25;
    long before = activeSessions();
    for (int i = 0; i < rounds; i++) {
      for (PublicPage page : publicPages()) {
        new WebClient().get(page.path());
        new WebClient().get(page.with("lang=en"));
      }
    }
    long after = activeSessions();

    System.out.printf(
        "[lean pages] active sessions before and after %d anonymous GETs: %d, %d%n",
        rounds * publicPages().size() * 2, before, after);
    assertTrue(after <= before, "sessions: " + before + " before, " + after + " after");
  }

  /** In the server: the account's language is what its notices and e-mail are written in. */
  @Test
  void aSignedInPersonsChoiceByTheSwitchGoesToTheirAccount() throws Exception {
    WebClient web = new WebClient();
    assertEquals(302, web.signIn("requester", PASSWORD).statusCode());
    try {
      HttpResponse<String> english = web.get("/requests/mine.xhtml?lang=en");
      assertTrue(english.body().contains("lang=\"en\""), english.body());
      assertEquals("en", requester.call(() -> profile.me().orElseThrow().language()));
    } finally {
      web.get("/requests/mine.xhtml?lang=th");
    }
    assertEquals("th", requester.call(() -> profile.me().orElseThrow().language()));
  }

  @Test
  @RunAsClient
  void theSessionStartsWhenTheSignInSucceedsAndAWrongPasswordLeavesNone() throws Exception {
    long before = activeSessions();
    WebClient web = new WebClient();
    String page = web.get("/login.xhtml").body();
    HttpResponse<String> wrong =
        web.post("/login.xhtml", signInForm(page, "requester", "not-the-password-1"));
    assertEquals(200, wrong.statusCode());
    assertTrue(wrong.body().contains("ชื่อผู้ใช้หรือรหัสผ่านไม่ถูกต้อง"), wrong.body());
    assertNoSession("a wrong password", wrong);
    assertTrue(activeSessions() <= before, "no session left by a refused sign-in");

    HttpResponse<String> signedIn = web.signIn("requester", PASSWORD);
    assertEquals(302, signedIn.statusCode());
    assertTrue(cookie(signedIn, "JSESSIONID").contains("HttpOnly"), "the session starts here");
    assertEquals(200, web.get("/requester/home.xhtml").statusCode());
  }

  @Test
  @RunAsClient
  void aSignInPostedThroughTheBrowserFromAnotherSiteIsRefused() throws Exception {
    String refused = "ไม่รับแบบฟอร์มเข้าสู่ระบบนี้";
    WebClient attacker = new WebClient();
    Map<String, String> forged =
        signInForm(attacker.get("/login.xhtml").body(), "requester", PASSWORD);

    WebClient visitor = new WebClient();
    HttpResponse<String> noCookie = visitor.post("/login.xhtml", forged);
    assertTrue(noCookie.body().contains(refused), "without this browser's sign-in cookie");
    assertNoSession("a forged sign-in", noCookie);
    visitor.get("/login.xhtml");
    HttpResponse<String> otherToken = visitor.post("/login.xhtml", forged);
    assertTrue(otherToken.body().contains(refused), "with another browser's token");
    assertNoSession("a forged sign-in", otherToken);

    WebClient web = new WebClient();
    Map<String, String> form = signInForm(web.get("/login.xhtml").body(), "requester", PASSWORD);
    HttpResponse<String> crossSite = web.post("/login.xhtml", form, "Sec-Fetch-Site", "cross-site");
    assertTrue(crossSite.body().contains(refused), "the browser says another site posted it");
    HttpResponse<String> sameOrigin =
        web.post("/login.xhtml", form, "Sec-Fetch-Site", "same-origin");
    assertEquals(302, sameOrigin.statusCode(), "the page's own post signs in");
  }

  @Test
  @RunAsClient
  void theSignInAndLanguageCookiesAreSecureBehindAnHttpsProxy() throws Exception {
    String plain = cookie(new WebClient().get("/login.xhtml"), "servicedesk-signin");
    assertCookieAttributes(plain, "Strict");
    assertFalse(plain.toLowerCase(Locale.ROOT).contains("; secure"), "plain HTTP: " + plain);

    HttpResponse<String> proxied =
        new WebClient().get("/login.xhtml", "X-Forwarded-Proto", "https");
    String signIn = cookie(proxied, "__Host-servicedesk-signin");
    assertCookieAttributes(signIn, "Strict");
    assertTrue(signIn.toLowerCase(Locale.ROOT).contains("; secure"), signIn);
    assertTrue(signIn.toLowerCase(Locale.ROOT).contains("path=/"), "__Host- needs path=/");

    String lang =
        cookie(
            new WebClient().get("/manual.xhtml?lang=en", "X-Forwarded-Proto", "https"),
            "servicedesk-lang");
    assertCookieAttributes(lang, "Lax");
    assertTrue(lang.toLowerCase(Locale.ROOT).contains("; secure"), lang);
  }

  @Test
  @RunAsClient
  void resourcesHaveVersionedUrlsCachedForAYearAndPagesAreNotKeptByOthers() throws Exception {
    WebClient web = new WebClient();
    HttpResponse<String> page = web.get("/manual.xhtml");
    assertEquals(List.of("private, no-cache"), page.headers().allValues("Cache-Control"));

    List<String> resources = resources(page.body());
    assertTrue(resources.size() >= 4, "stylesheets and scripts: " + resources);
    assertTrue(
        resources.stream()
            .anyMatch(r -> r.matches("/jakarta.faces.resource/css/app.css.xhtml\\?v=[0-9a-f]{12}")),
        "the app's own stylesheet with its content's version: " + resources);
    assertTrue(
        resources.stream().anyMatch(r -> r.contains("js/app.js.xhtml?v=")), resources.toString());
    for (String resource : resources) {
      assertTrue(resource.matches(".*[?&]v=[^&]+.*"), "a version in " + resource);
      HttpResponse<String> answer = web.get(resource);
      assertEquals(200, answer.statusCode(), resource);
      assertEquals(List.of(IMMUTABLE), answer.headers().allValues("Cache-Control"), resource);
      assertEquals(List.of("nosniff"), answer.headers().allValues("X-Content-Type-Options"));
      assertEquals(List.of("DENY"), answer.headers().allValues("X-Frame-Options"));
      assertTrue(answer.headers().allValues("Set-Cookie").isEmpty(), resource);
    }

    for (String stale :
        List.of(
            "/jakarta.faces.resource/css/app.css.xhtml?v=000000000000",
            "/jakarta.faces.resource/css/app.css.xhtml")) {
      HttpResponse<String> answer = web.get(stale);
      assertEquals(200, answer.statusCode(), stale);
      assertFalse(
          String.valueOf(answer.headers().allValues("Cache-Control")).contains("immutable"),
          "not the current version, not kept a year: " + stale);
    }

    web.signIn("requester", PASSWORD);
    String signedIn =
        String.join(", ", web.get("/requester/home.xhtml").headers().allValues("Cache-Control"));
    assertTrue(signedIn.contains("no-store"), "a signed-in page is never stored: " + signedIn);
  }

  /**
   * The rooms' public iCal feeds and the room display: no session, kept a short while by caches.
   */
  @Test
  @RunAsClient
  void theRoomFeedsAndTheRoomDisplayAreSessionFreeAndCacheable() throws Exception {
    WebClient web = new WebClient();
    for (String feed : List.of("/calendar/all.ics", "/calendar/room/1.ics")) {
      HttpResponse<String> answer = web.get(feed);
      assertEquals(200, answer.statusCode(), feed);
      assertNoSession(feed, answer);
      assertTrue(answer.body().startsWith("BEGIN:VCALENDAR"), feed);
      assertEquals(List.of("public, max-age=300"), answer.headers().allValues("Cache-Control"));
      String etag = answer.headers().firstValue("ETag").orElseThrow();
      assertEquals(304, web.get(feed, "If-None-Match", etag).statusCode(), feed);
    }
    HttpResponse<String> display = web.get("/rooms/display.xhtml?room=1");
    assertNoSession("the room display", display);
    assertEquals(List.of("public, max-age=30"), display.headers().allValues("Cache-Control"));
    assertTrue(display.body().contains("http-equiv=\"refresh\" content=\"60\""), display.body());
    assertFalse(display.body().contains("<script"), "no script on the door screen");
    assertTrue(display.body().contains("25"), "a Buddhist-era year");
    for (String unknown : List.of("/calendar/room/999999.ics", "/calendar/me/nobody.ics")) {
      HttpResponse<String> answer = web.get(unknown);
      assertEquals(404, answer.statusCode(), unknown);
      assertNoSession(unknown, answer);
    }
  }

  // ---- helpers ----

  private static String manual(String... headers) throws IOException {
    HttpResponse<String> answer = new WebClient().get("/manual.xhtml", headers);
    assertNoSession("the manual", answer);
    return answer.body();
  }

  private static long activeSessions() throws IOException {
    String answer = new WebClient().get("/it/session?count").body().strip();
    return Long.parseLong(answer.substring(answer.indexOf('=') + 1));
  }

  /** No session cookie, or only one that ends a session (a refused sign-in's). */
  private static void assertNoSession(String what, HttpResponse<String> answer) {
    for (String set : answer.headers().allValues("Set-Cookie")) {
      if (set.startsWith("JSESSIONID=")) {
        assertTrue(set.contains("Expires=Thu, 01-Jan-1970"), what + " sets a session: " + set);
      }
    }
  }

  private static String cookie(HttpResponse<String> answer, String name) {
    return answer.headers().allValues("Set-Cookie").stream()
        .filter(c -> c.startsWith(name + "="))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no cookie " + name + ": " + answer.headers().map()));
  }

  private static void assertCookieAttributes(String cookie, String sameSite) {
    assertTrue(cookie.contains("HttpOnly"), cookie);
    assertTrue(
        cookie.toLowerCase(Locale.ROOT).contains("samesite=" + sameSite.toLowerCase(Locale.ROOT)),
        cookie);
  }

  private static Map<String, String> signInForm(String page, String username, String password) {
    Map<String, String> form = new LinkedHashMap<>();
    form.put("login", "login");
    form.put("login:username", username);
    form.put("login:password", password);
    form.put("login:submit", "");
    form.put("jakarta.faces.ViewState", WebClient.viewState(page));
    form.put("primefaces.nonce", WebClient.nonce(page));
    form.put("signin-token", WebClient.signInToken(page));
    return form;
  }

  private static List<String> resources(String html) {
    Matcher m = Pattern.compile("(?:href|src)=\"(/jakarta.faces.resource/[^\"]+)\"").matcher(html);
    List<String> found = new ArrayList<>();
    while (m.find()) {
      found.add(m.group(1).replace("&amp;", "&"));
    }
    return found;
  }
}
