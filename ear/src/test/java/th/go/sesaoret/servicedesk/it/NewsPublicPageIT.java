package th.go.sesaoret.servicedesk.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;

/**
 * The public news pages in a real browser (issue 12): the list and a post, at 1366 px and on a 390
 * px phone, in Thai and English, without signing in and without a session; the top bar leads there.
 */
class NewsPublicPageIT extends BrowserTest {

  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return Deployments.withTestClasses(
        NewsFixture.class, NewsFixture.Post.class, NewsFixtureServlet.class);
  }

  @Test
  void aReaderFindsTheNewsFromTheManualAndReadsAPost() throws Exception {
    NewsPagesIT.post(
        "PROCUREMENT",
        "ประกาศสำนักงานเขตพื้นที่การศึกษามัธยมศึกษาร้อยเอ็ด เรื่อง ประกวดราคาจ้างปรับปรุงห้องประชุม",
        "&titleEn=Invitation+to+bid%3A+renovating+the+meeting+room&published=-3");
    NewsPagesIT.post("ACTIVITY", "ภาพกิจกรรมวันวิทยาศาสตร์ โรงเรียนในสังกัด", "&published=-2");
    long[] ids =
        NewsPagesIT.post(
            "NEWS",
            "สพม.ร้อยเอ็ด จัดอบรมครูด้านการใช้เทคโนโลยีดิจิทัลเพื่อการเรียนการสอน",
            "&titleEn=Digital+teaching+workshop+for+teachers&published=-1");

    browser.open("/manual.xhtml");
    browser.clickAndWait("#shell\\:menuNews");
    assertEquals("/news", browser.path());
    assertEquals("ข่าวและประกาศ", browser.find("#newsTitle").getText());
    assertTrue(browser.text().contains("สพม.ร้อยเอ็ด จัดอบรมครู"), browser.text());
    assertTrue(BUDDHIST_YEAR.matcher(browser.find("#newsItems").getText()).find(), "พ.ศ.");
    browser.lookAt("news-list", true);
    assertNull(browser.driver.manage().getCookieNamed("JSESSIONID"), "no session");

    browser.open("/news/post/" + ids[0]);
    assertTrue(browser.find("#postTitle").getText().startsWith("สพม.ร้อยเอ็ด จัดอบรมครู"));
    assertTrue(browser.find("#approvalLine").getText().contains("ดร.อำนวย ทองดี"));
    assertTrue(browser.find("#verifyResult").getText().contains("ตรงกับที่อนุมัติ"));
    Object loaded =
        browser.script(
            "const i = document.querySelector('#postCover'); return i.complete && i.naturalWidth;");
    assertEquals(64L, ((Number) loaded).longValue(), "the cover is served and shown");
    browser.lookAt("news-post", true);
    browser.size(390, 844);
    browser.open("/news/post/" + ids[0]);
    Object right =
        browser.script(
            "return [document.querySelector('#newsPost').getBoundingClientRect().right,"
                + " document.documentElement.clientWidth];");
    java.util.List<?> edges = (java.util.List<?>) right;
    assertTrue(
        ((Number) edges.get(0)).doubleValue() <= ((Number) edges.get(1)).doubleValue(),
        "the post fits a phone: " + edges);
    browser.size(1280, 1500);
    assertNull(browser.driver.manage().getCookieNamed("JSESSIONID"), "no session");

    browser.open("/news/procurement?lang=en");
    assertEquals("Procurement notices", browser.find("#newsTitle").getText());
    assertTrue(browser.text().contains("Invitation to bid"), browser.text());
    browser.open("/news?lang=th");
  }
}
