package th.go.sesaoret.servicedesk.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/**
 * The room display at a room's door (no sign-in) at 1920x1080 and 1366x768, free and with a meeting
 * being set up, and the administrator's rooms page: a room added, refusals in words, an item kept
 * in a room, a photo checked as a picture. Screenshots under target/screenshots/rooms-*.
 */
class RoomPagesIT extends BrowserTest {
  /** A 1x1 PNG. */
  private static final String PNG =
      "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAIAAACQd1PeAAAADElEQVR4nGP4z8AAAAMBAQDJ/pLvAAAAAElFTkSuQmCC";

  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return Deployments.withTestClasses(DoorScreenFixtureServlet.class);
  }

  @Test
  void theDoorScreenShowsTheRoomItsStateTheNextMeetingsAndAQrCode() throws Exception {
    browser.open(
        "/it/conference-book?room=2&in=10&minutes=90&title=ประชุมติดตามงานโครงการโรงเรียนคุณภาพ");
    String booked = browser.text();
    browser.open("/it/conference-book?room=2&in=200&minutes=60&title=อบรมการใช้ระบบประชุมทางไกล");

    browser.size(1920, 1080);
    browser.open("/rooms/display.xhtml?room=2");
    assertEquals("ห้องประชุมกลุ่ม DLICT", browser.find("#roomName").getText());
    assertTrue(browser.find("#today").getText().matches(".*25(69|70).*"), "Buddhist era");
    assertFalse(browser.driver.findElements(By.cssSelector("svg.door-qr path")).isEmpty());
    System.out.println("[room display] booked: " + booked);
    String state = browser.find("#state").getText();
    assertTrue(state.equals("กำลังเตรียมห้องประชุม") || state.equals("กำลังประชุม"), state);
    assertTrue(browser.find("#nowTitle").getText().contains("โรงเรียนคุณภาพ"));
    assertTrue(browser.find("#next").getText().contains("อบรมการใช้ระบบประชุมทางไกล"));
    assertFalse(browser.overflowsSideways());
    browser.screenshot("rooms-display-busy-1920");
    browser.size(1366, 768);
    browser.open("/rooms/display.xhtml?room=2");
    assertFalse(browser.overflowsSideways());
    browser.screenshot("rooms-display-busy-1366");

    browser.size(1920, 1080);
    browser.open("/rooms/display.xhtml?room=1");
    assertEquals("ว่าง", browser.find("#state").getText());
    browser.screenshot("rooms-display-free-1920");
    browser.open("/rooms/display.xhtml?room=1&lang=en");
    assertEquals("Free", browser.find("#state").getText());
    browser.size(1366, 768);
    browser.screenshot("rooms-display-free-en-1366");
    browser.open("/rooms/display.xhtml?room=1&lang=th");

    browser.open("/rooms/display.xhtml?room=424242");
    assertTrue(browser.text().contains("ไม่พบหน้าที่ต้องการ"));
  }

  @Test
  void theAdministratorKeepsRoomsItemsPhotosAndOutOfServicePeriods() throws Exception {
    browser.size(1366, 900);
    browser.signIn("admin", DEMO_PASSWORD);
    browser.open("/admin/home.xhtml");
    browser.clickAndWait("#goRooms");
    assertEquals("ห้องประชุมและอุปกรณ์ประชุมทางไกล", browser.find("#roomsTitle").getText());
    assertTrue(browser.find("#rooms\\:table").getText().contains("ห้องประชุมพนมรุ้ง"));

    String name = "ห้องประชุมทดสอบ " + System.currentTimeMillis() % 100000;
    browser.find("#rooms\\:newRoom").click();
    browser.find("#roomForm\\:name");
    browser.type("#roomForm\\:name", "ห้องประชุมพนมรุ้ง");
    browser.type("#roomForm\\:place", "อาคาร 3");
    browser.type("#roomForm\\:capacity", "20");
    browser.find("#roomForm\\:save").click();
    browser.waitForText("#roomForm\\:roomMessages", "มีห้องประชุมชื่อ ห้องประชุมพนมรุ้ง อยู่แล้ว");
    browser.type("#roomForm\\:name", name);
    browser.type("#roomForm\\:capacity", "0");
    browser.find("#roomForm\\:save").click();
    browser.waitForText("#roomForm\\:roomMessages", "จำนวนที่นั่งต้องอยู่ระหว่าง 1 ถึง 1000");
    browser.type("#roomForm\\:capacity", "24");
    browser.type("#roomForm\\:fixed", "จอโทรทัศน์ 75 นิ้ว");
    browser.find("#roomForm\\:save").click();
    browser.waitForText("#rooms\\:table", name);
    browser.waitUntilHidden("#roomDialog");

    Path png = Files.createTempFile("room", ".png");
    Files.write(png, Base64.getDecoder().decode(PNG));
    Path fake = Files.createTempFile("room", ".png");
    Files.writeString(fake, "not a picture");
    browser.driver.findElement(By.cssSelector("#photo input[type=file]")).sendKeys(fake.toString());
    browser.clickAndWait("#photo\\:upload");
    assertTrue(browser.find("#messages").getText().contains(".png"), browser.text());
    browser.driver.findElement(By.cssSelector("#photo input[type=file]")).sendKeys(png.toString());
    browser.clickAndWait("#photo\\:upload");
    browser.waitForText("#messages", "บันทึกรูปห้องประชุมแล้ว");
    assertFalse(browser.driver.findElements(By.cssSelector("img.room-photo-thumb")).isEmpty());

    browser.find("#items\\:newItem").click();
    browser.find("#itemForm\\:itemName");
    browser.type("#itemForm\\:itemName", "กล้องประชุม PTZ ทดสอบ");
    browser.type("#itemForm\\:asset", "7440-001-0001");
    browser.find("#itemForm\\:save").click();
    browser.waitForText("#itemForm\\:itemMessages", "มีอุปกรณ์เลขครุภัณฑ์ 7440-001-0001 อยู่แล้ว");
    browser.type("#itemForm\\:asset", "7440-TEST-" + System.currentTimeMillis() % 100000);
    browser.find("#itemForm\\:save").click();
    browser.waitForText("#items\\:table", "กล้องประชุม PTZ ทดสอบ");

    browser.find("#outages\\:addOutage").click();
    browser.waitForText("#outages\\:outageMessages", "กรุณาเลือกห้องหรืออุปกรณ์ที่งดใช้");
    browser.fullScreenshot("rooms-admin-th-1366");
    browser.size(390, 844);
    browser.open("/admin/rooms.xhtml");
    browser.fullScreenshot("rooms-admin-th-390");
  }

  @Test
  void aPersonMakesTheirSecretCalendarLinkSeesItOnceAndRenewsIt() throws Exception {
    browser.size(1366, 900);
    browser.signIn("requester", DEMO_PASSWORD);
    browser.open("/conference/feeds.xhtml");
    assertTrue(browser.find("#allFeed").getText().endsWith("/calendar/all.ics"));
    if (!browser.driver.findElements(By.id("mine:create")).isEmpty()) {
      browser.find("#mine\\:create").click();
    } else {
      browser.find("#mine\\:renew").click();
      browser.find(".ui-confirmdialog-yes").click();
    }
    String first = browser.find("#mine\\:myUrl").getAttribute("value");
    assertTrue(first.matches(".*/calendar/me/[A-Za-z0-9_-]{22}\\.ics"), first);
    browser.fullScreenshot("rooms-feeds-th-1366");

    browser.find("#mine\\:renew").click();
    browser.find(".ui-confirmdialog-yes").click();
    String renewed = browser.waitForValueOtherThan("#mine\\:myUrl", first);
    assertTrue(renewed.matches(".*/calendar/me/[A-Za-z0-9_-]{22}\\.ics"), renewed);
    browser.open("/conference/feeds.xhtml");
    assertTrue(browser.driver.findElements(By.id("mine:myUrl")).isEmpty(), "shown only once");
    assertTrue(browser.find("#myState").getText().matches(".*25(69|70).*"), "made on (B.E.)");
    browser.driver.get(first);
    assertTrue(browser.text().contains("ไม่พบหน้าที่ต้องการ"), "the old link is dead");
  }
}
