package th.go.sesaoret.servicedesk.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The pages under the Content-Security-Policy in a real browser (no violation in the console, the
 * widgets still work), and free text that is never cut in the browser: the limit is shown and an
 * over-long text is refused with the field's message (issue 8, findings 3 and 6). The form page is
 * the general form, so of {@link GeneralServiceFixture}'s test service (the manual's services have
 * forms of their own).
 */
class SecurityPagesIT extends BrowserTest {

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
    browser.cspViolations();
  }

  @Test
  void theLoginPageAndAFormPageWorkWithoutAPolicyViolation() throws Exception {
    browser.open("/login.xhtml");
    assertWidgetsRun();
    assertEquals(List.of(), browser.cspViolations(), "login page");

    browser.signIn("requester", DEMO_PASSWORD);
    assertEquals("/requester/home.xhtml", browser.path());
    browser.open("/requests/new.xhtml");
    assertWidgetsRun();
    browser.script(
        "PF('widget_newRequest_service').selectValue('" + GeneralServiceFixture.CODE + "')");
    browser.type("#newRequest\\:description", "ภาพกิจกรรมวันครู");
    assertEquals("16 / 4000", browser.find("#newRequest\\:descriptionCounter").getText());
    browser.screenshot("csp-new-request");
    assertEquals(List.of(), browser.cspViolations(), "new request page");
  }

  @Test
  void anOverLongTitleIsKeptWholeAndRefusedWithTheFieldsMessage() throws Exception {
    browser.signIn("requester", DEMO_PASSWORD);
    browser.open("/requests/new.xhtml");
    browser.script(
        "PF('widget_newRequest_service').selectValue('" + GeneralServiceFixture.CODE + "')");
    String title = "ประกาศ".repeat(50); // 300 characters, the form takes 200
    browser.type("#newRequest\\:title", title);
    assertEquals(
        title.length(),
        ((String) browser.script("return document.getElementById('newRequest:title').value"))
            .length(),
        "nothing cut in the browser");
    assertTrue(browser.text().contains("300 / 200"), "the limit is shown next to the field");
    browser.type("#newRequest\\:description", "รายละเอียด");
    browser.clickAndWait("#newRequest\\:submit");

    assertTrue(browser.path().startsWith("/requests/new.xhtml"), browser.path());
    assertTrue(browser.text().contains("ยาวเกิน 200 ตัวอักษร"), browser.text());
    browser.screenshot("title-too-long");
  }

  private static void assertWidgetsRun() {
    assertEquals(
        Boolean.TRUE,
        browser.script(
            "return !!window.PrimeFaces && Object.keys(PrimeFaces.widgets).length > 0"
                + " && !!PrimeFaces.csp"),
        "PrimeFaces ran its widget scripts");
  }
}
