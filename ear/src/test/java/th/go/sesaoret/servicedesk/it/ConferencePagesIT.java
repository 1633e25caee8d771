package th.go.sesaoret.servicedesk.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The video-conference pages in a real browser: a meeting booked on the form shows on the room
 * calendar's week with its set-up and post-check blocks; a click on a free time of the calendar
 * opens the form there and books it; an overlap is refused next to the times with the nearest free
 * times offered; the form on a 390 px phone.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ConferencePagesIT extends BrowserTest {
  private static final ZoneId BANGKOK = ZoneId.of("Asia/Bangkok");

  /** A Wednesday two to three weeks ahead, the same for every test of the run. */
  private static final LocalDate DAY =
      LocalDate.now(BANGKOK).plusWeeks(2).with(TemporalAdjusters.nextOrSame(DayOfWeek.WEDNESDAY));

  private static final String TITLE = "ประชุมติดตามการจัดการเรียนการสอนทางไกล";

  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return Deployments.application();
  }

  @Test
  @Order(1)
  void aBookedMeetingShowsOnTheWeekWithItsSetUpAndPostCheck() throws Exception {
    browser.signIn("requester", DEMO_PASSWORD);
    browser.open("/conference/book.xhtml?date=" + DAY + "&start=09:00&end=12:00");
    // over the room's seats: refused next to the count, with the room's capacity
    fill(TITLE, "200");
    browser.clickAndWait("#book\\:submit");
    String seats = browser.find("#book\\:attendeesMessage").getText();
    assertTrue(seats.contains("เกินความจุของห้อง (จุได้ 16 คน)"), seats);
    assertEquals("09:00", browser.find("#book\\:start_label").getText().strip());
    assertTrue(
        browser.find("#book\\:lengthFlag").getText().contains("ตามมาตรฐาน 3-6 ชั่วโมง"),
        browser.find("#book\\:lengthFlag").getText());
    fill(TITLE, "12");
    browser.screenshot("conference-book-filled");
    browser.clickAndWait("#book\\:submit");
    assertTrue(browser.path().startsWith("/requests/view.xhtml?id="), browser.path());
    assertTrue(browser.find("#messages").getText().contains("จองห้องประชุมแล้ว"));
    String panel = browser.find("#conferencePanel").getText();
    assertTrue(panel.contains("ติดตั้งและทดสอบตั้งแต่ 08:30 น."), panel);
    assertTrue(panel.contains("ตรวจสอบหลังประชุมถึง 12:30 น."), panel);
    assertTrue(BUDDHIST_YEAR.matcher(browser.find("#bookingDate").getText()).find());
    assertTrue(panel.contains("ยังไม่มีผู้ควบคุมระบบ"), panel);
    assertFalse(browser.text().contains("conference."), "no raw keys");
    browser.fullScreenshot("conference-request-panel");

    browser.open("/conference/calendar.xhtml?date=" + DAY);
    WebElement meeting = browser.find(".fc-event.sd-meeting");
    assertTrue(meeting.getText().contains(TITLE), meeting.getText());
    List<WebElement> buffers = browser.driver.findElements(By.cssSelector(".fc-event.sd-buffer"));
    assertEquals(2, buffers.size(), "a set-up and a post-check block");
    assertTrue(
        browser.driver.findElements(By.cssSelector(".fc-event.sd-setup")).size() == 1
            && browser.driver.findElements(By.cssSelector(".fc-event.sd-postcheck")).size() == 1);
    String title = browser.find(".fc-toolbar-title").getText();
    assertTrue(BUDDHIST_YEAR.matcher(title).find(), "Buddhist-era title: " + title);
    assertTrue(browser.cspViolations().isEmpty(), browser.cspViolations().toString());
    browser.screenshot("conference-calendar-week");
    browser.find(".fc-dayGridMonth-button").click();
    new WebDriverWait(browser.driver, Duration.ofSeconds(20))
        .until(d -> d.findElements(By.cssSelector(".fc-dayGridMonth-view")).size() == 1);
    browser.find(".fc-dayGridMonth-view .fc-event.sd-meeting");
    browser.screenshot("conference-calendar-month");
    browser.find(".fc-listWeek-button").click();
    browser.find(".fc-list-table .sd-meeting");
    browser.screenshot("conference-calendar-list");
  }

  @Test
  @Order(2)
  void aClickOnAFreeTimeOpensTheFormThereAndBooks() throws Exception {
    browser.signIn("requester", DEMO_PASSWORD);
    browser.open("/conference/calendar.xhtml?date=" + DAY);
    browser.find(".fc-timeGridDay-button").click();
    new WebDriverWait(browser.driver, Duration.ofSeconds(20))
        .until(d -> d.findElements(By.cssSelector(".fc-timeGridDay-view")).size() == 1);
    browser.screenshot("conference-calendar-day");
    WebElement lane = browser.find("td.fc-timegrid-slot-lane[data-time='14:00:00']");
    lane.click();
    new WebDriverWait(browser.driver, Duration.ofSeconds(30))
        .until(d -> d.getCurrentUrl().contains("/conference/book.xhtml"));
    assertTrue(browser.path().contains("date=" + DAY), browser.path());
    assertEquals("14:00", browser.find("#book\\:start_label").getText().strip());
    assertEquals("17:00", browser.find("#book\\:end_label").getText().strip());
    fill("ประชุมคณะทำงานสื่อการสอนออนไลน์", "12");
    browser.screenshot("conference-book-from-calendar");
    browser.clickAndWait("#book\\:submit");
    assertTrue(browser.path().startsWith("/requests/view.xhtml?id="), browser.path());
    assertTrue(browser.find("#conferencePanel").getText().contains("14:00 - 17:00 น."));
  }

  @Test
  @Order(3)
  void anOverlapIsRefusedNextToTheTimesWithTheNearestFreeTimes() throws Exception {
    browser.signIn("requester", DEMO_PASSWORD);
    browser.open("/conference/book.xhtml?date=" + DAY + "&start=10:00&end=11:00");
    // as soon as the form shows the day: taken, and the nearest free times offered
    assertTrue(
        browser.find("#book\\:timesMessage").getText().contains("ไม่ว่างช่วง 08:30 - 12:30"));
    assertTrue(browser.find("#book\\:lengthFlag").getText().contains("สั้นกว่ามาตรฐาน"));
    fill("ประชุมซ้อนเวลา", "10");
    browser.clickAndWait("#book\\:submit");
    assertTrue(browser.path().startsWith("/conference/book.xhtml"), browser.path());
    String message = browser.find("#book\\:timesMessage").getText();
    assertTrue(message.contains("ไม่ว่างช่วง 08:30 - 12:30 น."), message);
    List<WebElement> picks = browser.driver.findElements(By.cssSelector(".sd-pick"));
    assertFalse(picks.isEmpty(), "the nearest free times are offered");
    assertTrue(browser.find("#book\\:day").getText().contains("08:30–12:30"));
    assertFalse(browser.text().contains("conference."), "no raw keys");
    browser.fullScreenshot("conference-book-refused");
    String offered = picks.get(0).getText().strip();
    picks.get(0).click();
    browser.waitForText("#book\\:start_label", offered.substring(0, 5));
    assertEquals(
        offered.substring(offered.length() - 5), browser.find("#book\\:end_label").getText());
    if (!browser.driver.findElements(By.id("book:offHoursReason")).isEmpty()) {
      browser.type("#book\\:offHoursReason", "ประชุมตามกำหนดการของกระทรวง");
    }
    browser.clickAndWait("#book\\:submit");
    assertTrue(browser.path().startsWith("/requests/view.xhtml?id="), browser.path());
  }

  @Test
  @Order(4)
  void theFormFitsAPhone() throws Exception {
    browser.signIn("requester", DEMO_PASSWORD);
    try {
      browser.size(390, 844);
      browser.open("/conference/book.xhtml?date=" + DAY + "&start=13:00&end=14:00");
      browser.find("#book\\:submit");
      assertFalse(browser.overflowsSideways(), "the form runs off a 390 px screen sideways");
      browser.fullScreenshot("conference-book-390");
      browser.screenshot("conference-book-390-top");
      browser.open("/conference/calendar.xhtml?date=" + DAY);
      browser.find(".fc-timeGridDay-view .fc-event.sd-meeting");
      browser.fullScreenshot("conference-calendar-390");
      assertFalse(browser.overflowsSideways(), "the calendar runs off a 390 px screen sideways");
    } finally {
      browser.size(1280, 1500);
    }
    // and in English
    browser.open("/conference/calendar.xhtml?date=" + DAY);
    browser.clickAndWait("#shell\\:langEn");
    browser.find(".fc-event.sd-meeting");
    String title = browser.find(".fc-toolbar-title").getText();
    assertFalse(BUDDHIST_YEAR.matcher(title).find(), "English titles in A.D.: " + title);
    browser.screenshot("conference-calendar-week-en");
    browser.open("/conference/book.xhtml?date=" + DAY + "&start=10:00&end=11:00");
    assertTrue(browser.find("#bookTitle").getText().contains("Book a video-conference meeting"));
    assertTrue(
        browser.find("#book\\:timesMessage").getText().contains("is taken from 08:30 to 12:30"),
        browser.find("#book\\:timesMessage").getText());
    assertFalse(browser.text().contains("conference."), "no raw keys");
    browser.fullScreenshot("conference-book-en");
    browser.clickAndWait("#shell\\:langTh");
  }

  @Test
  @Order(5)
  void draggingOnesOwnMeetingMovesItOrPutsItBackWithTheReason() throws Exception {
    browser.signIn("requester", DEMO_PASSWORD);
    browser.open("/conference/calendar.xhtml?date=" + DAY);
    WebElement morning = meeting(TITLE);
    double hour = slotY("10:00:00") - slotY("09:00:00");
    // onto the afternoon's meeting: refused, the reason above the calendar, the meeting put back
    drag(morning, 0, (int) Math.round(4 * hour));
    String refused = browser.waitForText("#cal\\:calendarMessages", "ไม่ว่างช่วง").getText();
    assertTrue(refused.contains("13:30 - 17:30"), refused);
    assertTrue(meeting(TITLE).getText().contains("09:00 - 12:00"), meeting(TITLE).getText());
    browser.screenshot("conference-calendar-move-refused");
    // the afternoon's meeting a day later: moved
    WebElement afternoon = meeting("ประชุมคณะทำงานสื่อการสอนออนไลน์");
    int day =
        browser.find(".fc-timegrid-col[data-date='" + DAY.plusDays(1) + "']").getRect().getX()
            - browser.find(".fc-timegrid-col[data-date='" + DAY + "']").getRect().getX();
    drag(afternoon, day, 0);
    browser.waitForText("#cal\\:calendarMessages", "เปลี่ยนเวลาการประชุม");
    new WebDriverWait(browser.driver, Duration.ofSeconds(20))
        .until(
            d ->
                !d.findElements(
                        By.cssSelector(
                            ".fc-timegrid-col[data-date='" + DAY.plusDays(1) + "'] .sd-meeting"))
                    .isEmpty());
    browser.screenshot("conference-calendar-moved");
    // a click on one's own meeting opens its request
    WebElement mine = meeting(TITLE);
    mine.click();
    new WebDriverWait(browser.driver, Duration.ofSeconds(30))
        .until(d -> d.getCurrentUrl().contains("/requests/view.xhtml?id="));
    assertTrue(browser.find("#conferencePanel").getText().contains("09:00 - 12:00 น."));
  }

  @Test
  @Order(6)
  void aRepeatIsCheckedDateByDateThenTheFreeDatesAreBooked() throws Exception {
    browser.signIn("requester", DEMO_PASSWORD);
    browser.open("/conference/book.xhtml?date=" + DAY + "&start=09:00&end=12:00");
    fill("ประชุมประจำสัปดาห์กลุ่ม DLICT", "8");
    choose("book\\:repeat", "='ทุกสัปดาห์'");
    browser.type("#book\\:until_input", DAY.plusWeeks(2).toString());
    browser.find("#book\\:checkDates").click();
    browser.waitForText("#book\\:report", "ผลการตรวจสอบวันที่");
    String checked = browser.find("#book\\:report").getText();
    assertTrue(checked.contains("ไม่ว่างช่วง 08:30 - 12:30 น."), checked);
    assertTrue(checked.contains("ว่าง"), checked);
    browser.fullScreenshot("conference-series-checked");
    browser.clickAndWait("#book\\:submit");
    String booked = browser.find("#book\\:report").getText();
    assertTrue(booked.contains("จองการประชุมซ้ำแล้ว 2 ครั้ง"), booked);
    assertEquals(
        2,
        browser
            .driver
            .findElements(By.cssSelector("#book\\:report a[href*='/requests/view']"))
            .size());
    assertTrue(
        browser.driver.findElements(By.id("book:submit")).isEmpty(),
        "booked: pressing Book again would book every date again");
    assertTrue(browser.find("#book\\:bookAnother").getText().contains("จองการประชุมอื่น"));
    browser.fullScreenshot("conference-series-booked");
  }

  private static WebElement meeting(String title) {
    new WebDriverWait(browser.driver, Duration.ofSeconds(20))
        .until(
            d ->
                d.findElements(By.cssSelector(".fc-event.sd-meeting")).stream()
                    .anyMatch(e -> e.getText().contains(title)));
    return browser.driver.findElements(By.cssSelector(".fc-event.sd-meeting")).stream()
        .filter(e -> e.getText().contains(title))
        .findFirst()
        .orElseThrow();
  }

  private static double slotY(String time) {
    return browser.find("td.fc-timegrid-slot-lane[data-time='" + time + "']").getRect().getY();
  }

  private static void drag(WebElement event, int dx, int dy) {
    new org.openqa.selenium.interactions.Actions(browser.driver)
        .moveToElement(event, 0, -event.getSize().getHeight() / 2 + 12)
        .clickAndHold()
        .pause(Duration.ofMillis(300))
        .moveByOffset(dx / 2, dy / 2 + 3)
        .pause(Duration.ofMillis(300))
        .moveByOffset(dx - dx / 2, dy - dy / 2 - 3)
        .pause(Duration.ofMillis(300))
        .release()
        .perform();
  }

  @Test
  @Order(7)
  void theClerkBooksForSomeoneWhoPhonedWhoMovesThenCancelsIt() throws Exception {
    browser.signIn("clerk", DEMO_PASSWORD);
    LocalDate thursday = DAY.plusDays(1);
    browser.open("/conference/book.xhtml?date=" + thursday + "&start=09:00&end=10:00");
    assertTrue(browser.find("#bookTitle").getText().contains("แทนผู้รับบริการ"));
    fill("ประชุมชี้แจงการใช้ระบบประชุมทางไกล", "6");
    browser.clickAndWait("#book\\:submit");
    assertTrue(
        browser.find("#book\\:requester").isDisplayed()
            && browser.text().contains("กรุณากรอกชื่อผู้ใช้ของผู้รับบริการ"),
        "the clerk is asked for whom");
    browser.type("#book\\:requester", "requester");
    browser.clickAndWait("#book\\:submit");
    assertTrue(browser.path().startsWith("/requests/view.xhtml?id="), browser.path());
    String view = browser.path();
    assertEquals("ครูสมชาย ใจดี (ผู้รับบริการ)", browser.find("#requester").getText().strip());
    browser.screenshot("conference-request-filed-by-clerk");

    openAs("requester", view);
    choose("conferenceMove\\:moveStart", "='10:00'");
    choose("conferenceMove\\:moveEnd", "='11:00'");
    browser.find("#conferenceMove\\:moveOne").click();
    browser.waitForText("#messages", "เปลี่ยนเวลาการประชุมของคำขอ");
    assertTrue(browser.find("#bookingTimes").getText().contains("10:00 - 11:00 น."));
    browser.find("#conferenceCancel\\:cancelReason").sendKeys("ผู้เข้าประชุมติดภารกิจ");
    browser.find("#conferenceCancel\\:cancelOne").click();
    browser.waitForText("#messages", "ยกเลิกการประชุมของคำขอ");
    assertTrue(browser.find("#bookingCancelled").isDisplayed());
    assertTrue(
        browser.driver.findElements(By.id("conferenceMove")).isEmpty(), "no move once cancelled");
    browser.fullScreenshot("conference-request-cancelled");
  }

  /** Fills what every booking needs; an off-hours day gets its reason. */
  private static void fill(String title, String attendees) {
    browser.type("#book\\:title", title);
    WebElement count = browser.find("#book\\:attendees_input");
    count.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.DELETE);
    count.sendKeys(attendees);
    browser.type("#book\\:chairperson", "ผู้อำนวยการกลุ่มส่งเสริมการศึกษาทางไกลฯ");
    browser.type("#book\\:contactPhone", "043-511-999");
    if (!browser.driver.findElements(By.id("book:offHoursReason")).isEmpty()) {
      browser.type("#book\\:offHoursReason", "ประชุมตามกำหนดการของกระทรวง");
    }
  }
}
