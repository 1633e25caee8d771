package th.go.sesaoret.servicedesk.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Signing in through the page: each role lands on its own home; refusals are in Thai. */
class SignInPageIT extends BrowserTest {

  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return Deployments.application();
  }

  @BeforeEach
  void freshSession() {
    browser.driver.manage().deleteAllCookies();
  }

  @ParameterizedTest
  @CsvSource({
    "requester, /requester/home.xhtml, หน้าหลักผู้รับบริการ, ครูสมชาย ใจดี",
    "clerk, /clerk/home.xhtml, หน้าหลักธุรการกลุ่ม, นางสาวสมศรี รักงาน",
    "staff, /staff/home.xhtml, หน้าหลักเจ้าหน้าที่กลุ่ม DLICT, นายช่างชำนาญ ซ่อมเก่ง",
    "groupdirector, /group-director/home.xhtml, หน้าหลักผู้อำนวยการกลุ่ม ICT, นายประสิทธิ์ มั่นคง",
    "deputy, /deputy-director/home.xhtml, หน้าหลักรองผู้อำนวยการสำนักงานเขตพื้นที่การศึกษา, นางวิไลวรรณ ศรีสุข",
    "director, /director/home.xhtml, หน้าหลักผู้อำนวยการสำนักงานเขตพื้นที่การศึกษา, ดร.อำนวย ทองดี",
    "admin, /admin/home.xhtml, หน้าหลักผู้ดูแลระบบ, ผู้ดูแลระบบ"
  })
  void eachRoleLandsOnItsOwnHome(String user, String home, String title, String fullName)
      throws Exception {
    browser.signIn(user, DEMO_PASSWORD);

    assertEquals(home, browser.path());
    assertEquals(title, browser.find("#roleHomeTitle").getText());
    // the welcome line names the person, never the user name (issue 8, finding 14)
    assertEquals(fullName, browser.find("#shell\\:callerName").getText());
    browser.screenshot("home-" + user);

    browser.signOut();
    assertTrue(browser.path().startsWith("/manual.xhtml"));
    assertTrue(browser.text().contains("ออกจากระบบเรียบร้อยแล้ว"));
  }

  @Test
  void aWrongPasswordIsRefusedInThai() throws Exception {
    browser.signIn("requester", "not-the-password-1");

    assertTrue(browser.path().startsWith("/login.xhtml"), browser.path());
    assertTrue(browser.text().contains("ชื่อผู้ใช้หรือรหัสผ่านไม่ถูกต้อง"), browser.text());
    browser.screenshot("login-wrong-password");
  }

  @Test
  void anUnknownUserGetsTheSameMessage() {
    browser.signIn("no-such-user", "not-the-password-1");
    assertTrue(browser.text().contains("ชื่อผู้ใช้หรือรหัสผ่านไม่ถูกต้อง"));
  }

  @Test
  void aProtectedPageAsksForSignInThenOpens() {
    browser.open("/admin/home.xhtml");
    assertTrue(browser.path().startsWith("/login.xhtml"), browser.path());
    browser.type("#login\\:username", "admin");
    browser.type("#login\\:password", DEMO_PASSWORD);
    browser.clickAndWait("#login\\:submit");
    assertEquals("/admin/home.xhtml", browser.path());
  }

  @Test
  void theHomeLinkLeadsToTheHomeOfTheRole() {
    browser.signIn("clerk", DEMO_PASSWORD);
    browser.open("/home.xhtml");
    assertEquals("/clerk/home.xhtml", browser.path());
  }

  @Test
  void aRequesterCannotOpenTheAdministratorsPages() throws Exception {
    browser.signIn("requester", DEMO_PASSWORD);
    browser.open("/admin/home.xhtml");
    assertTrue(browser.text().contains("ไม่มีสิทธิ์เข้าถึง"), browser.text());
    browser.screenshot("error-403");
  }
}
