package th.go.sesaoret.servicedesk.conference.infrastructure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.temporal.TemporalAccessor;
import java.util.List;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.component.VTimeZone;
import org.junit.jupiter.api.Test;
import th.go.sesaoret.servicedesk.conference.application.FeedEvent;

class IcalCalendarsTest {
  private static final Instant STAMP = Instant.parse("2026-12-01T03:00:00Z");

  private static final FeedEvent HELD =
      new FeedEvent(
          41,
          "ประชุมผู้บริหารสถานศึกษา, ครั้งที่ 1; ทางไกล",
          "ห้องประชุมพนมรุ้ง",
          Instant.parse("2026-12-02T02:00:00Z"),
          Instant.parse("2026-12-02T05:00:00Z"),
          2,
          false,
          STAMP,
          null);
  private static final FeedEvent CANCELLED =
      new FeedEvent(
          42,
          "ประชุมคณะทำงาน",
          "ห้องประชุมกลุ่ม DLICT",
          Instant.parse("2026-12-03T06:00:00Z"),
          Instant.parse("2026-12-03T09:30:00Z"),
          3,
          true,
          STAMP,
          "http://localhost:8080/requests/view.xhtml?id=42");

  private static Calendar parsed(String text) throws Exception {
    return new CalendarBuilder().build(new StringReader(text));
  }

  private static VEvent event(Calendar cal, String uid) {
    return cal.<VEvent>getComponents("VEVENT").stream()
        .filter(e -> e.getUid().orElseThrow().getValue().equals(uid))
        .findFirst()
        .orElseThrow();
  }

  private static String value(net.fortuna.ical4j.model.Component c, String name) {
    return c.getProperty(name).orElseThrow().getValue();
  }

  private static Instant start(VEvent e) {
    return ZonedDateTime.from((TemporalAccessor) e.getDateTimeStart().getDate()).toInstant();
  }

  private static Instant end(VEvent e) {
    return ZonedDateTime.from((TemporalAccessor) e.getDateTimeEnd().getDate()).toInstant();
  }

  @Test
  void theTextParsesBackWithItsTimeZoneUidSequenceAndStatus() throws Exception {
    String text = IcalCalendars.text("ปฏิทิน", List.of(HELD, CANCELLED));
    Calendar cal = parsed(text);

    List<VTimeZone> zones = cal.getComponents("VTIMEZONE");
    assertEquals(1, zones.size());
    assertEquals("Asia/Bangkok", value(zones.get(0), "TZID"));
    assertEquals("2.0", cal.getProperty("VERSION").orElseThrow().getValue());

    VEvent held = event(cal, "conference-41@servicedesk");
    assertEquals(HELD.title(), value(held, "SUMMARY"));
    assertEquals("ห้องประชุมพนมรุ้ง", value(held, "LOCATION"));
    assertEquals(2, Integer.parseInt(value(held, "SEQUENCE")));
    assertEquals("CONFIRMED", value(held, "STATUS"));
    assertEquals(HELD.start(), start(held));
    assertEquals(HELD.end(), end(held));

    VEvent cancelled = event(cal, "conference-42@servicedesk");
    assertEquals("CANCELLED", value(cancelled, "STATUS"));
    assertEquals(3, Integer.parseInt(value(cancelled, "SEQUENCE")));
    assertEquals(CANCELLED.url(), value(cancelled, "URL"));
  }

  @Test
  void timesAreWrittenInBangkokTimeNamingTheZone() {
    String text = IcalCalendars.text("x", List.of(HELD));

    assertTrue(text.contains("DTSTART;TZID=Asia/Bangkok:20261202T090000\r\n"), text);
    assertTrue(text.contains("DTEND;TZID=Asia/Bangkok:20261202T120000\r\n"), text);
    assertTrue(text.contains("TZOFFSETTO:+0700"), text);
    assertTrue(
        text.replace("\r\n ", "")
            .contains("SUMMARY:ประชุมผู้บริหารสถานศึกษา\\, ครั้งที่ 1\\; ทางไกล"),
        text);
    assertTrue(text.contains("DTSTAMP:20261201T030000Z"), text);
    assertTrue(text.startsWith("BEGIN:VCALENDAR\r\n"), text);
  }

  @Test
  void thePublicFeedNamesNoPeopleAndTheSameRecordsGiveTheSameText() {
    String text = IcalCalendars.text("x", List.of(HELD));

    assertFalse(text.contains("ORGANIZER"), text);
    assertFalse(text.contains("ATTENDEE"), text);
    assertFalse(text.contains("URL:"), text);
    assertEquals(text, IcalCalendars.text("x", List.of(HELD)), "a stable ETag");
  }

  @Test
  void longLinesAreFoldedAndUnfoldBackWhole() throws Exception {
    String title = "ประชุม".repeat(40);
    FeedEvent longOne =
        new FeedEvent(7, title, "ห้อง", HELD.start(), HELD.end(), 0, false, STAMP, null);
    String text = IcalCalendars.text("x", List.of(longOne));

    for (String line : text.split("\r\n")) {
      assertTrue(line.getBytes(java.nio.charset.StandardCharsets.UTF_8).length <= 75, line);
    }
    assertEquals(title, value(event(parsed(text), "conference-7@servicedesk"), "SUMMARY"));
  }
}
