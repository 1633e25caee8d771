package th.go.sesaoret.servicedesk.it;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.parsers.DocumentBuilderFactory;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * The public news pages as a reader, a crawler and a feed reader get them over plain HTTP (issue
 * 12): the lists (all, per category, paged), a post with its files, its Open Graph tags and its
 * check against the approval, the Atom feeds and the sitemap parsed back as XML; what is not live
 * (not yet published, expired, unpublished, unknown) is the same 404; ETag / 304; never a session.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class NewsPagesIT {
  private static final String ATOM = "http://www.w3.org/2005/Atom";
  private static final String SITEMAP = "http://www.sitemaps.org/schemas/sitemap/0.9";
  private static final String NOT_FOUND = "ไม่พบหน้าที่ต้องการ";

  @Deployment
  static EnterpriseArchive deployment() {
    return Deployments.countingStatements(
        Deployments.withTestClasses(
            NewsPagesIT.class,
            WebClient.class,
            NewsFixture.class,
            NewsFixture.Post.class,
            NewsFixtureServlet.class));
  }

  /** Makes a post; returns {@code [id, coverId, pdfId]} (ids of files only when it has some). */
  static long[] post(String category, String title, String more) throws Exception {
    HttpResponse<String> made =
        new WebClient()
            .get(
                "/it/news-post?category="
                    + category
                    + "&title="
                    + URLEncoder.encode(title, StandardCharsets.UTF_8)
                    + "&summary="
                    + URLEncoder.encode("สรุป " + title, StandardCharsets.UTF_8)
                    + more);
    assertEquals(200, made.statusCode(), made.body());
    String[] parts = made.body().strip().split(",");
    long[] ids = new long[parts.length];
    for (int i = 0; i < parts.length; i++) {
      ids[i] = Long.parseLong(parts[i]);
    }
    return ids;
  }

  @Test
  void theListsShowWhatIsLiveNewestFirstAndNothingElse() throws Exception {
    String tag = "ข่าวรายการ" + System.nanoTime();
    post("PROCUREMENT", tag + " เก่า", "&published=-7200");
    post("PROCUREMENT", tag + " ใหม่", "&published=-60&expires=3600");
    post("PROCUREMENT", tag + " ยังไม่ถึงเวลา", "&published=3600");
    post("PROCUREMENT", tag + " หมดอายุ", "&published=-7200&expires=-60");
    post("PROCUREMENT", tag + " ถอนแล้ว", "&unpublished=true");
    post("PROCUREMENT", tag + " ไม่เผยแพร่", "&published=never");
    post("JOB", tag + " งาน", "");

    WebClient web = new WebClient();
    HttpResponse<String> list = web.get("/news/procurement");
    assertEquals(200, list.statusCode());
    assertNoSession(list);
    String body = list.body();
    assertTrue(body.contains("ประกาศจัดซื้อจัดจ้าง"), "the category's name");
    int newer = body.indexOf(tag + " ใหม่");
    int older = body.indexOf(tag + " เก่า");
    assertTrue(newer > 0 && older > newer, "newest first");
    for (String hidden : List.of("ยังไม่ถึงเวลา", "หมดอายุ", "ถอนแล้ว", "ไม่เผยแพร่", " งาน")) {
      assertFalse(body.contains(tag + " " + hidden.strip()), hidden + " is not listed");
    }
    String all = web.get("/news").body();
    assertTrue(all.contains(tag + " ใหม่") && all.contains(tag + " งาน"), "all categories");
    assertFalse(all.contains(tag + " ถอนแล้ว"));
    assertTrue(all.contains("href=\"/news/feed.atom\""), "the feed is linked");

    HttpResponse<String> english = web.get("/news/procurement?lang=en");
    assertTrue(english.body().contains("Procurement notices"));
    assertNoSession(english);
  }

  @Test
  void aListIsPagedByTenAndAPagePastTheLastIsTheSame404() throws Exception {
    String tag = "เอกสารหน้า" + System.nanoTime();
    for (int i = 1; i <= 12; i++) {
      post("DOCUMENT", tag + " ลำดับ" + (100 + i), "&files=false&published=" + (-100_000 + i * 60));
    }
    WebClient web = new WebClient();
    HttpResponse<String> first = web.get("/news/documents");
    assertEquals(10, count(first.body(), "class=\"news-item\""));
    assertTrue(first.body().contains(tag + " ลำดับ112"), "the newest on page 1");
    assertTrue(first.body().contains("href=\"/news/documents?page=2\""), "a link to page 2");
    long total = countOf(web, "/news/documents");
    int lastPage = (int) ((total + 9) / 10);
    HttpResponse<String> last = web.get("/news/documents?page=" + lastPage);
    assertEquals(200, last.statusCode());
    assertTrue(last.body().contains(tag + " ลำดับ101"), "the oldest on the last page");
    assertNotFound(web.get("/news/documents?page=" + (lastPage + 1)));
    assertNotFound(web.get("/news/documents?page=0"));
    assertNotFound(web.get("/news/documents?page=x"));
    assertNotFound(web.get("/news/no-such-category"));
  }

  @Test
  void aPostShowsItsApprovalItsFilesAndItsOpenGraphTags() throws Exception {
    String title = "ประกาศรับสมัครครูอัตราจ้าง " + System.nanoTime();
    long[] ids = post("JOB", title, "&titleEn=Teachers+wanted");
    WebClient web = new WebClient();
    HttpResponse<String> page = web.get("/news/post/" + ids[0]);
    assertEquals(200, page.statusCode());
    assertNoSession(page);
    String body = page.body();
    assertTrue(body.contains("class=\"news-post-title\" lang=\"th\">" + title), body);
    assertTrue(body.contains("ดร.อำนวย ทองดี"), "the authoriser by name");
    assertTrue(body.contains("ดร.อำนวย ทองดี ผอ.สพม.รอ"), "and position");
    assertTrue(body.contains("K7M2-9QXD-4TPA"), "the verification code");
    assertTrue(
        body.contains("เนื้อหาที่เผยแพร่ตรงกับที่อนุมัติทุกประการ"),
        "what is online is what was approved");
    Matcher approved = Pattern.compile("id=\"approvedSha\">([0-9a-f]{64})<").matcher(body);
    Matcher online = Pattern.compile("id=\"onlineSha\">([0-9a-f]{64})<").matcher(body);
    assertTrue(approved.find() && online.find(), "both SHA-256 in full");
    assertEquals(approved.group(1), online.group(1));
    assertTrue(body.matches("(?s).*\\d{1,2} [^ <]+ 25\\d\\d.*"), "a Buddhist-era date in Thai");
    assertTrue(
        body.contains("src=\"/news/file/" + ids[0] + "/" + ids[1] + "\""), "the body's own image");
    assertFalse(body.contains("attachment:"), "no internal image address left");
    assertTrue(
        body.matches(
            "(?s).*<a href=\"https://www\\.sesaoret\\.go\\.th/\"[^>]*rel=\"(noopener noreferrer|noreferrer noopener)\".*"),
        () -> "links open safely: " + body.substring(body.indexOf("id=\"postBody\"")));
    assertTrue(body.contains("ประกาศ ฉบับเต็ม.pdf"), "the attachment is listed");
    assertTrue(body.contains("<meta property=\"og:type\" content=\"article\""));
    assertTrue(body.contains("<meta property=\"og:title\" content=\"" + title + "\""));
    assertTrue(body.contains("<meta property=\"og:description\" content=\"สรุป " + title + "\""));
    assertTrue(
        body.matches(
            "(?s).*<meta property=\"og:url\" content=\"https?://[^\"]+/news/post/"
                + ids[0]
                + "\".*"));
    assertTrue(
        body.matches(
            "(?s).*<meta property=\"og:image\" content=\"https?://[^\"]+/news/file/"
                + ids[0]
                + "/"
                + ids[1]
                + "\".*"));

    String english = web.get("/news/post/" + ids[0] + "?lang=en").body();
    assertTrue(english.contains(">Teachers wanted"), "the English title in English");
    assertTrue(english.contains("What is online is exactly what was approved."));
    assertTrue(english.matches("(?s).*\\d{1,2} [A-Z][a-z]+ 20\\d\\d.*"), "an A.D. date in English");
  }

  @Test
  void aPostChangedAfterApprovalSaysSo() throws Exception {
    long[] ids = post("NEWS", "ข่าวที่ถูกแก้ " + System.nanoTime(), "&tampered=true");
    String body = new WebClient().get("/news/post/" + ids[0]).body();
    assertTrue(body.contains("เนื้อหาที่เผยแพร่ไม่ตรงกับที่อนุมัติ"), body);
  }

  @Test
  void aFileOfALivePostIsServedCheckedAndOthersAreThe404() throws Exception {
    long[] live = post("ACTIVITY", "ภาพกิจกรรมวันเด็ก " + System.nanoTime(), "");
    long[] gone = post("ACTIVITY", "ภาพกิจกรรมที่ถอน " + System.nanoTime(), "&unpublished=true");
    HttpClient http = HttpClient.newHttpClient();
    String base = new WebClient().base;
    HttpResponse<byte[]> image =
        http.send(
            HttpRequest.newBuilder(URI.create(base + "/news/file/" + live[0] + "/" + live[1]))
                .build(),
            HttpResponse.BodyHandlers.ofByteArray());
    assertEquals(200, image.statusCode());
    assertEquals("image/png", image.headers().firstValue("Content-Type").orElse(""));
    assertEquals("nosniff", image.headers().firstValue("X-Content-Type-Options").orElse(""));
    String disposition = image.headers().firstValue("Content-Disposition").orElse("");
    assertTrue(disposition.startsWith("inline; filename=\""), disposition);
    assertTrue(
        disposition.matches(
            "inline; filename=\"[A-Za-z0-9._-]+\"; filename\\*=UTF-8''[A-Za-z0-9%._-]+"),
        disposition);
    assertArrayEquals(NewsFixture.PNG, image.body());
    String etag = image.headers().firstValue("ETag").orElseThrow();
    HttpResponse<byte[]> again =
        http.send(
            HttpRequest.newBuilder(URI.create(base + "/news/file/" + live[0] + "/" + live[1]))
                .header("If-None-Match", etag)
                .build(),
            HttpResponse.BodyHandlers.ofByteArray());
    assertEquals(304, again.statusCode());
    assertEquals(0, again.body().length);

    WebClient web = new WebClient();
    HttpResponse<String> pdf = web.get("/news/file/" + live[0] + "/" + live[2]);
    assertEquals("application/pdf", pdf.headers().firstValue("Content-Type").orElse(""));
    assertNotFound(web.get("/news/file/" + gone[0] + "/" + gone[1]));
    assertNotFound(web.get("/news/file/" + gone[0] + "/" + live[1]), "another post's file");
    assertNotFound(web.get("/news/file/" + live[0] + "/" + gone[1]), "a file of another post");
    assertNotFound(web.get("/news/file/999999/1"));
  }

  @Test
  void whatIsNotLiveIsTheSame404AsWhatDoesNotExist() throws Exception {
    String tag = "ข่าวไม่เผยแพร่" + System.nanoTime();
    long future = post("NEWS", tag + " อนาคต", "&published=3600")[0];
    long expired = post("NEWS", tag + " หมดอายุ", "&published=-7200&expires=-1")[0];
    long withdrawn = post("NEWS", tag + " ถอน", "&unpublished=true")[0];
    long draft = post("NEWS", tag + " ร่าง", "&published=never")[0];
    WebClient web = new WebClient();
    HttpResponse<String> unknown = web.get("/news/post/99999999");
    assertNotFound(unknown);
    for (long id : new long[] {future, expired, withdrawn, draft}) {
      HttpResponse<String> answer = web.get("/news/post/" + id);
      assertNotFound(answer);
      assertEquals(withoutNonce(unknown.body()), withoutNonce(answer.body()), "the same page");
      assertFalse(answer.body().contains(tag));
    }
    assertNotFound(web.get("/news/post/abc"));
    assertNotFound(web.get("/news/whatever/deeper"));
  }

  @Test
  void pagesFeedsAndTheSitemapAnswer304ToTheirETag() throws Exception {
    long id = post("ANNOUNCEMENT", "ประกาศแคช " + System.nanoTime(), "")[0];
    WebClient web = new WebClient();
    for (String path :
        List.of(
            "/news",
            "/news/announcements",
            "/news/post/" + id,
            "/news/feed.atom",
            "/news/announcements/feed.atom",
            "/sitemap.xml")) {
      HttpResponse<String> first = web.get(path);
      assertEquals(200, first.statusCode(), path);
      String etag = first.headers().firstValue("ETag").orElseThrow(() -> new AssertionError(path));
      assertTrue(
          first.headers().firstValue("Cache-Control").orElse("").startsWith("public, max-age="),
          path);
      HttpResponse<String> again = web.get(path, "If-None-Match", etag);
      assertEquals(304, again.statusCode(), path);
      assertEquals("", again.body(), path);
      assertNoSession(again);
      HttpResponse<String> other = web.get(path, "If-None-Match", "\"stale\"");
      assertEquals(200, other.statusCode(), path);
    }
    // the language is part of a page's ETag
    String thai = web.get("/news/post/" + id).headers().firstValue("ETag").orElseThrow();
    String english =
        web.get("/news/post/" + id + "?lang=en").headers().firstValue("ETag").orElseThrow();
    assertFalse(thai.equals(english));
  }

  @Test
  void theAtomFeedsParseBackWithTheirPosts() throws Exception {
    String title = "ข่าวฟีด " + System.nanoTime();
    long id = post("NEWS", title, "&titleEn=Feed+news")[0];
    long gone = post("NEWS", title + " ถอน", "&unpublished=true")[0];
    long job = post("JOB", title + " งาน", "")[0];
    WebClient web = new WebClient();
    HttpResponse<String> answer = web.get("/news/news/feed.atom");
    assertEquals(200, answer.statusCode());
    assertTrue(
        answer.headers().firstValue("Content-Type").orElse("").startsWith("application/atom+xml"));
    assertNoSession(answer);
    Document feed = xml(answer.body());
    Element root = feed.getDocumentElement();
    assertEquals(ATOM, root.getNamespaceURI());
    assertEquals("feed", root.getLocalName());
    assertTrue(
        text(root, "title").get(0).contains("ข่าวประชาสัมพันธ์"), "the category in the title");
    List<String> entryTitles = new ArrayList<>();
    List<String> links = new ArrayList<>();
    NodeList entries = root.getElementsByTagNameNS(ATOM, "entry");
    for (int i = 0; i < entries.getLength(); i++) {
      Element e = (Element) entries.item(i);
      entryTitles.add(text(e, "title").get(0));
      links.add(((Element) e.getElementsByTagNameNS(ATOM, "link").item(0)).getAttribute("href"));
      assertFalse(text(e, "updated").isEmpty(), "each entry has its time");
      assertFalse(text(e, "id").isEmpty(), "and its id");
    }
    assertTrue(entryTitles.contains(title), entryTitles.toString());
    assertTrue(links.stream().anyMatch(l -> l.endsWith("/news/post/" + id)), links.toString());
    assertFalse(
        links.stream().anyMatch(l -> l.endsWith("/news/post/" + gone)), "not the withdrawn");
    assertFalse(
        links.stream().anyMatch(l -> l.endsWith("/news/post/" + job)), "not another category");

    Document all = xml(web.get("/news/feed.atom").body());
    String allText = all.getDocumentElement().getTextContent();
    assertTrue(allText.contains(title + " งาน"), "the whole feed has every category");
    Document english = xml(web.get("/news/news/feed.atom?lang=en").body());
    assertTrue(english.getDocumentElement().getTextContent().contains("Feed news"));
    assertNotFound(web.get("/news/nothing/feed.atom"));
  }

  @Test
  void theSitemapNamesTheLivePosts() throws Exception {
    long id = post("NEWS", "ข่าวแผนผัง " + System.nanoTime(), "")[0];
    long gone = post("NEWS", "ข่าวแผนผังถอน " + System.nanoTime(), "&unpublished=true")[0];
    HttpResponse<String> answer = new WebClient().get("/sitemap.xml");
    assertEquals(200, answer.statusCode());
    assertNoSession(answer);
    Document map = xml(answer.body());
    assertEquals(SITEMAP, map.getDocumentElement().getNamespaceURI());
    List<String> locs = new ArrayList<>();
    NodeList urls = map.getElementsByTagNameNS(SITEMAP, "loc");
    for (int i = 0; i < urls.getLength(); i++) {
      locs.add(urls.item(i).getTextContent());
    }
    assertTrue(locs.stream().anyMatch(l -> l.endsWith("/news/post/" + id)), locs.toString());
    assertFalse(locs.stream().anyMatch(l -> l.endsWith("/news/post/" + gone)));
    assertTrue(locs.stream().anyMatch(l -> l.endsWith("/news/procurement")));
  }

  @Test
  void theListsThePostAndTheFeedRunAFewStatementsWhateverTheirRows() throws Exception {
    String tag = "ข่าวนับคำสั่ง" + System.nanoTime();
    long id = 0;
    for (int i = 0; i < 11; i++) {
      id = post("ACTIVITY", tag + " " + i, "&published=" + (-5000 + i))[0];
    }
    assertAtMost(2, "/news/activities", "class=\"news-item\"", 10);
    assertAtMost(2, "/news", "class=\"news-item\"", 10);
    assertAtMost(1, "/news/activities/feed.atom", "<entry>", 11);
    // the post, its files (a projection), the authoriser and their roles
    assertAtMost(5, "/news/post/" + id, "id=\"verificationCode\"", 1);
  }

  /** A second view of {@code path} runs at most {@code bound} statements and shows its rows. */
  private static void assertAtMost(int bound, String path, String row, int rows) throws Exception {
    WebClient web = new WebClient();
    assertEquals(200, web.get(path).statusCode(), path);
    String token = java.util.UUID.randomUUID().toString();
    HttpResponse<String> page = web.get(path, StatementCountFilter.HEADER, token);
    assertEquals(200, page.statusCode(), path);
    assertTrue(count(page.body(), row) >= Math.min(rows, 10), path + " shows its rows");
    String counted = web.get("/it/statements?token=" + token).body().strip();
    List<String> statements = counted.isEmpty() ? List.of() : List.of(counted.split("\n"));
    assertTrue(
        statements.size() <= bound,
        path + " ran " + statements.size() + " statements:\n" + String.join("\n", statements));
  }

  private static long countOf(WebClient web, String list) throws Exception {
    // the number of pages is in the pager: the highest page number linked or shown
    String body = web.get(list).body();
    Matcher m = Pattern.compile("class=\"news-page[^\"]*\"[^>]*>(\\d+)<").matcher(body);
    int pages = 1;
    while (m.find()) {
      pages = Math.max(pages, Integer.parseInt(m.group(1)));
    }
    // walk to the real last page (the pager shows a window)
    while (web.get(list + "?page=" + (pages + 1)).statusCode() == 200) {
      pages++;
    }
    String last = web.get(list + (pages == 1 ? "" : "?page=" + pages)).body();
    return (pages - 1) * 10L + count(last, "class=\"news-item\"");
  }

  private static int count(String body, String what) {
    int n = 0;
    for (int at = body.indexOf(what); at >= 0; at = body.indexOf(what, at + 1)) {
      n++;
    }
    return n;
  }

  private static Document xml(String text) throws Exception {
    DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
    f.setNamespaceAware(true);
    f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
    return f.newDocumentBuilder()
        .parse(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)));
  }

  private static List<String> text(Element parent, String name) {
    List<String> out = new ArrayList<>();
    NodeList nodes = parent.getElementsByTagNameNS(ATOM, name);
    for (int i = 0; i < nodes.getLength(); i++) {
      if (nodes.item(i).getParentNode() == parent) {
        out.add(nodes.item(i).getTextContent());
      }
    }
    return out;
  }

  /** The page without its scripts (each answer has its own CSP nonce and script ids). */
  private static String withoutNonce(String body) {
    return body.replaceAll("(?s)<script[^>]*>.*?</script>", "").replaceAll("nonce=\"[^\"]*\"", "");
  }

  private static void assertNotFound(HttpResponse<String> answer) {
    assertNotFound(answer, answer.uri().toString());
  }

  private static void assertNotFound(HttpResponse<String> answer, String what) {
    assertEquals(404, answer.statusCode(), what);
    assertNoSession(answer);
  }

  private static void assertNoSession(HttpResponse<String> answer) {
    for (String set : answer.headers().allValues("Set-Cookie")) {
      assertFalse(set.startsWith("JSESSIONID="), answer.uri() + " sets a session: " + set);
    }
  }
}
