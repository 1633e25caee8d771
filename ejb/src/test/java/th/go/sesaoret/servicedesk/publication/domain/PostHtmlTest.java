package th.go.sesaoret.servicedesk.publication.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The body's sanitiser policy against the OWASP XSS filter evasion cheat sheet's payloads, mixed
 * with Thai text: nothing that runs survives, the Thai words do, and what was dropped is reported.
 */
class PostHtmlTest {
  private static final String THAI = "ข่าวประชาสัมพันธ์โรงเรียน";
  private static final Set<Long> OWN = Set.of(7L, 8L);

  static List<String> payloads() {
    return List.of(
        "<script>alert('XSS')</script>",
        "<SCRIPT SRC=http://xss.example/xss.js></SCRIPT>",
        "<IMG SRC=\"javascript:alert('XSS');\">",
        "<IMG SRC=JaVaScRiPt:alert('XSS')>",
        "<IMG SRC=`javascript:alert(\"RSnake says, 'XSS'\")`>",
        "<a onmouseover=\"alert(document.cookie)\">xxs link</a>",
        "<IMG \"\"\"><SCRIPT>alert(\"XSS\")</SCRIPT>\"\\>",
        "<img src=x onerror=alert(1)>",
        "<IMG SRC=&#106;&#97;&#118;&#97;&#115;&#99;&#114;&#105;&#112;&#116;&#58;&#97;&#108;&#101;&#114;&#116;&#40;&#39;&#88;&#83;&#83;&#39;&#41;>",
        "<a href=\"&#x6A;&#x61;&#x76;&#x61;&#x73;&#x63;&#x72;&#x69;&#x70;&#x74;&#x3A;alert(1)\">x</a>",
        "<a href=\"jav&#x09;ascript:alert('XSS');\">x</a>",
        "<a href=\" &#14;  javascript:alert('XSS');\">x</a>",
        "<a href=\"javascript:alert(1)\">คลิก</a>",
        "<a href=\"JAVASCRIPT:alert(1)\">คลิก</a>",
        "<a href=\"data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==\">x</a>",
        "<a href=\"vbscript:msgbox(1)\">x</a>",
        "<svg onload=alert(1)>",
        "<svg><script>alert(1)</script></svg>",
        "<BODY ONLOAD=alert('XSS')>",
        "<iframe src=\"javascript:alert(1)\"></iframe>",
        "<IFRAME SRC=\"http://evil.example/\"></IFRAME>",
        "<p style=\"background-image: url(javascript:alert(1))\">x</p>",
        "<DIV STYLE=\"width: expression(alert('XSS'));\">x</DIV>",
        "<STYLE>@import'http://xss.example/xss.css';</STYLE>",
        "<LINK REL=\"stylesheet\" HREF=\"javascript:alert('XSS');\">",
        "<META HTTP-EQUIV=\"refresh\" CONTENT=\"0;url=javascript:alert('XSS');\">",
        "<TABLE BACKGROUND=\"javascript:alert('XSS')\"><tr><td>x</td></tr></TABLE>",
        "<OBJECT TYPE=\"text/x-scriptlet\" DATA=\"http://xss.example/scriptlet.html\"></OBJECT>",
        "<EMBED SRC=\"data:image/svg+xml;base64,PHN2ZyB4bWxuczpzdmc9Imh0dH A6Ly93d3cudzMub3JnLzIwMDAvc3ZnIiB4bWxucz0iaHR0cDovL3d3dy53My5vcmcv\">",
        "<scr<script>ipt>alert(1)</scr</script>ipt>",
        "<<SCRIPT>alert(\"XSS\");//<</SCRIPT>",
        "<math><mtext><table><mglyph><style><img src=x onerror=alert(1)>",
        "<form action=\"javascript:alert(1)\"><button>x</button></form>",
        "<input onfocus=alert(1) autofocus>",
        "<details open ontoggle=alert(1)>",
        "<a href=\"http://ok.example/\" onclick=\"alert(1)\">x</a>",
        "<base href=\"javascript:alert('XSS');//\">",
        "<img src=\"attachment:7\" onerror=\"alert(1)\">",
        "<noscript><p title=\"</noscript><img src=x onerror=alert(1)>\">");
  }

  @ParameterizedTest
  @MethodSource("payloads")
  void nothingThatRunsSurvivesAndTheThaiWordsDo(String payload) {
    PostHtml clean = PostHtml.sanitise("<p>" + THAI + "</p>" + payload + "<p>ครับ</p>", OWN);
    String html = clean.html();
    String lower = html.toLowerCase(Locale.ROOT);

    assertTrue(html.contains(THAI), html);
    assertFalse(lower.contains("<script"), html);
    assertFalse(lower.contains("javascript:"), html);
    assertFalse(lower.contains("vbscript:"), html);
    assertFalse(lower.contains("data:"), html);
    assertFalse(lower.contains("expression("), html);
    assertFalse(lower.contains("<iframe"), html);
    assertFalse(lower.contains("<svg"), html);
    assertFalse(lower.contains("<style"), html);
    assertFalse(lower.contains("style="), html);
    assertFalse(lower.contains("<object"), html);
    assertFalse(lower.contains("<embed"), html);
    assertFalse(lower.contains("<form"), html);
    assertFalse(lower.contains("<base"), html);
    assertFalse(lower.contains("<meta"), html);
    // parsed as a browser would: no element carries an event handler or a foreign source
    Document doc = Jsoup.parseBodyFragment(html);
    for (Element e : doc.body().getAllElements()) {
      e.attributes()
          .forEach(a -> assertFalse(a.getKey().toLowerCase(Locale.ROOT).startsWith("on"), html));
      if (e.hasAttr("src")) {
        assertTrue(e.attr("src").matches("attachment:[78]"), html);
      }
      if (e.hasAttr("href")) {
        assertTrue(e.attr("href").matches("(https?://|mailto:).*"), html);
      }
    }
    assertFalse(clean.removed().isEmpty(), "what was dropped is said: " + payload);
  }

  @Test
  void theNarrowLayoutIsKept() {
    String in =
        "<h2>หัวข้อ</h2><p><strong>ตัวหนา</strong> <em>ตัวเอียง</em> <u>ขีดเส้นใต้</u></p>"
            + "<ul><li>หนึ่ง</li></ul><ol><li>สอง</li></ol><blockquote>คำพูด</blockquote>"
            + "<table><thead><tr><th colspan=\"2\">หัว</th></tr></thead>"
            + "<tbody><tr><td>ก</td><td>ข</td></tr></tbody></table>";
    PostHtml clean = PostHtml.sanitise(in, OWN);
    assertEquals(List.of(), clean.removed());
    for (String tag : List.of("h2", "strong", "em", "u", "ul", "ol", "li", "blockquote", "table")) {
      assertTrue(clean.html().contains("<" + tag), tag + ": " + clean.html());
    }
    assertTrue(clean.html().contains("colspan=\"2\""));
  }

  @Test
  void linksOpenWithoutTheOpenersWindowOrReferrer() {
    PostHtml clean =
        PostHtml.sanitise(
            "<p>ดู<a href=\"https://www.sesaoret.go.th/ข่าว\" target=\"_blank\">ที่นี่</a></p>"
                + "<p><a href=\"mailto:dlict@sesaoret.go.th\">อีเมล</a></p>",
            OWN);
    Document doc = Jsoup.parseBodyFragment(clean.html());
    List<Element> links = doc.select("a");
    assertEquals(2, links.size(), clean.html());
    for (Element a : links) {
      Set<String> rel = Set.of(a.attr("rel").split(" "));
      assertTrue(rel.containsAll(Set.of("noopener", "noreferrer")), clean.html());
    }
  }

  @Test
  void ownImagesAreKeptAndOthersDropped() {
    PostHtml clean =
        PostHtml.sanitise(
            "<p>ภาพกิจกรรม</p><img src=\"attachment:7\" alt=\"นักเรียน\">"
                + "<img src=\"attachment:99\" alt=\"ของโพสต์อื่น\">"
                + "<img src=\"https://tracker.example/pixel.gif\">"
                + "<img src=\"//tracker.example/pixel.gif\">"
                + "<img src=\"data:image/png;base64,iVBORw0KGgo=\">",
            OWN);
    Document doc = Jsoup.parseBodyFragment(clean.html());
    List<String> sources = doc.select("img[src]").eachAttr("src");
    assertEquals(List.of("attachment:7"), sources, clean.html());
    assertTrue(clean.html().contains("alt=\"นักเรียน\""));
    assertTrue(
        clean.removed().stream().anyMatch(r -> r.startsWith("img")), clean.removed().toString());
  }

  @Test
  void whatWasDroppedIsNamed() {
    PostHtml clean =
        PostHtml.sanitise(
            "<p onclick=\"x()\">ก</p><script>alert(1)</script><iframe src=\"https://a.example\"></iframe>",
            OWN);
    assertTrue(clean.removed().contains("script"), clean.removed().toString());
    assertTrue(clean.removed().contains("iframe"), clean.removed().toString());
    assertTrue(clean.removed().contains("p@onclick"), clean.removed().toString());
  }

  @Test
  void anEmptyBodyIsEmpty() {
    assertEquals("", PostHtml.sanitise(null, OWN).html());
    assertEquals("", PostHtml.sanitise("   ", OWN).html());
    assertEquals(List.of(), PostHtml.sanitise(null, OWN).removed());
  }

  @Test
  void thePageSetsItsOwnFileUrlsAndFindsTheImages() {
    String html = "<p>ก</p><img src=\"attachment:8\" /><img src=\"attachment:7\" />";
    assertEquals(Set.of(8L, 7L), PostHtml.imageIds(html));
    assertEquals(List.of(8L, 7L), List.copyOf(PostHtml.imageIds(html)));
    String shown = PostHtml.withFileUrls(html, "/news/file/3/");
    assertTrue(shown.contains("src=\"/news/file/3/8\""), shown);
    assertTrue(shown.contains("src=\"/news/file/3/7\""), shown);
    assertFalse(shown.contains("attachment:"), shown);
  }
}
