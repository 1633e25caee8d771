package th.go.sesaoret.servicedesk.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import java.io.StringReader;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import th.go.sesaoret.servicedesk.conference.application.ConferenceBookings;
import th.go.sesaoret.servicedesk.conference.application.ConferenceCalendar;
import th.go.sesaoret.servicedesk.conference.application.ConferenceFeeds;
import th.go.sesaoret.servicedesk.conference.application.RoomView;
import th.go.sesaoret.servicedesk.conference.domain.BookingForm;
import th.go.sesaoret.servicedesk.conference.domain.BookingScope;
import th.go.sesaoret.servicedesk.conference.domain.MeetingTime;
import th.go.sesaoret.servicedesk.conference.domain.Platform;
import th.go.sesaoret.servicedesk.request.application.RequestState;
import th.go.sesaoret.servicedesk.shared.OfficeTime;
import th.go.sesaoret.servicedesk.sla.application.WorkingCalendar;

/**
 * The conference rooms' iCal feeds over HTTP, parsed back with ical4j: a meeting the demo requester
 * books shows in its room's feed, the all-rooms feed and the requester's own feed (behind a token),
 * with a stable UID; a move raises its SEQUENCE, a cancellation keeps it with STATUS:CANCELLED; a
 * renewed token's old address is a 404 like any unknown one. No feed makes a session.
 */
@ExtendWith(ArquillianExtension.class)
class ConferenceFeedsIT {
  private static final String IP = "127.0.0.1";
  private static final String NOT_FOUND = "ไม่พบหน้าที่ต้องการ";

  @Deployment
  static EnterpriseArchive deployment() {
    return Deployments.withTestClasses(ConferenceFeedsIT.class, WebClient.class);
  }

  @Inject AsRequester requester;
  @Inject ConferenceBookings bookings;
  @Inject ConferenceCalendar calendar;
  @Inject ConferenceFeeds feeds;
  @Inject WorkingCalendar workingCalendar;

  @Test
  void aBookingIsInTheFeedsMovedWithItsSequenceUpAndCancelledKeepingItsUid() throws Exception {
    RoomView room = calendar.rooms().get(0);
    String title = "ประชุมทดสอบปฏิทิน " + System.nanoTime();
    MeetingTime time = freeSlot(room.id(), title, LocalTime.of(9, 0));
    RequestState booked =
        requester.call(() -> bookings.book(form(title, room.id(), time), List.of(), IP));
    String uid = "conference-" + booked.id() + "@servicedesk";

    WebClient web = new WebClient();
    HttpResponse<String> roomFeed = web.get("/calendar/room/" + room.id() + ".ics");
    assertEquals(200, roomFeed.statusCode());
    String type = roomFeed.headers().firstValue("Content-Type").orElse("");
    assertTrue(type.startsWith("text/calendar"), type);
    assertTrue(type.toLowerCase().replace(" ", "").contains("charset=utf-8"), type);
    assertNoSession(roomFeed);
    assertEquals(List.of("public, max-age=300"), roomFeed.headers().allValues("Cache-Control"));
    String etag = roomFeed.headers().firstValue("ETag").orElseThrow();
    assertEquals(
        304, web.get("/calendar/room/" + room.id() + ".ics", "If-None-Match", etag).statusCode());

    Calendar parsed = parse(roomFeed.body());
    assertEquals(
        "Asia/Bangkok",
        parsed
            .getComponent("VTIMEZONE")
            .orElseThrow()
            .getProperty("TZID")
            .orElseThrow()
            .getValue());
    VEvent event = event(parsed, uid).orElseThrow();
    assertEquals(title, value(event, "SUMMARY"));
    assertEquals(room.name(), value(event, "LOCATION"));
    assertEquals("0", value(event, "SEQUENCE"));
    assertEquals("CONFIRMED", value(event, "STATUS"));
    assertEquals(local(time.meetingStart()), value(event, "DTSTART"));
    assertEquals(
        "Asia/Bangkok",
        event.getProperty("DTSTART").orElseThrow().getParameter("TZID").orElseThrow().getValue());
    assertFalse(roomFeed.body().contains("ORGANIZER") || roomFeed.body().contains("ATTENDEE"));
    assertFalse(roomFeed.body().contains("requester"), "no people in a public feed");

    Calendar all = parse(web.get("/calendar/all.ics").body());
    assertTrue(event(all, uid).isPresent(), "in the all-rooms feed");

    String token = requester.call(() -> feeds.renew(IP));
    assertTrue(token.matches("[A-Za-z0-9_-]{22}"), token);
    HttpResponse<String> mine = web.get("/calendar/me/" + token + ".ics");
    assertEquals(200, mine.statusCode());
    assertNoSession(mine);
    assertTrue(mine.headers().firstValue("Cache-Control").orElse("").startsWith("private"));
    VEvent own = event(parse(mine.body()), uid).orElseThrow();
    assertTrue(value(own, "URL").endsWith("/requests/view.xhtml?id=" + booked.id()));

    MeetingTime later = freeSlot(room.id(), title, LocalTime.of(13, 30), time.day());
    requester.call(() -> bookings.move(booked.id(), room.id(), later, null, BookingScope.ONE, IP));
    VEvent moved =
        event(parse(web.get("/calendar/room/" + room.id() + ".ics").body()), uid).orElseThrow();
    assertEquals("1", value(moved, "SEQUENCE"), "a move raises the sequence");
    assertEquals(local(later.meetingStart()), value(moved, "DTSTART"));
    assertNotEquals(
        etag,
        web.get("/calendar/room/" + room.id() + ".ics").headers().firstValue("ETag").orElseThrow());

    requester.call(() -> bookings.cancel(booked.id(), BookingScope.ONE, "ยกเลิกทดสอบ", IP));
    VEvent cancelled = event(parse(web.get("/calendar/all.ics").body()), uid).orElseThrow();
    assertEquals("CANCELLED", value(cancelled, "STATUS"));
    assertTrue(Integer.parseInt(value(cancelled, "SEQUENCE")) >= 2, "cancelling raises it again");
    assertEquals(
        "CANCELLED",
        value(
            event(parse(web.get("/calendar/me/" + token + ".ics").body()), uid).orElseThrow(),
            "STATUS"));

    String renewed = requester.call(() -> feeds.renew(IP));
    HttpResponse<String> old = web.get("/calendar/me/" + token + ".ics");
    assertEquals(404, old.statusCode(), "the old address is dead");
    assertTrue(old.body().contains(NOT_FOUND), old.body());
    assertEquals(200, web.get("/calendar/me/" + renewed + ".ics").statusCode());
    assertTrue(requester.call(() -> feeds.mine()).exists());
  }

  @Test
  void anUnknownRoomATokenNobodyHasAndAWrongAddressAreTheSame404() throws Exception {
    WebClient web = new WebClient();
    for (String path :
        List.of(
            "/calendar/room/999999.ics",
            "/calendar/room/abc.ics",
            "/calendar/me/AAAAAAAAAAAAAAAAAAAAAA.ics",
            "/calendar/me/short.ics",
            "/calendar/nothing.ics")) {
      HttpResponse<String> answer = web.get(path);
      assertEquals(404, answer.statusCode(), path);
      assertTrue(answer.body().contains(NOT_FOUND), path);
      assertNoSession(answer);
    }
  }

  // ---- helpers ----

  private static BookingForm form(String title, long roomId, MeetingTime time) {
    return new BookingForm(
        title,
        null,
        roomId,
        time,
        5,
        "ผู้อำนวยการกลุ่มทดสอบ",
        null,
        Platform.NONE,
        null,
        false,
        null,
        null,
        Set.of(),
        "043-000000",
        null);
  }

  private MeetingTime freeSlot(long roomId, String title, LocalTime start) {
    return freeSlot(roomId, title, start, null);
  }

  /** Three hours from {@code start} on the first working day (from 100 days ahead) it is free. */
  private MeetingTime freeSlot(long roomId, String title, LocalTime start, LocalDate after) {
    LocalDate day =
        after != null
            ? after
            : LocalDate.now(OfficeTime.ZONE).plusDays(100 + (System.nanoTime() % 60));
    for (int i = 0; i < 200; i++, day = day.plusDays(1)) {
      if (!workingCalendar.calendar().isWorkingDay(day)) {
        continue; // a weekend or a holiday would need a reason
      }
      MeetingTime t = new MeetingTime(day, start, start.plusHours(3), OfficeTime.ZONE);
      LocalDate d = day;
      try {
        if (requester.call(() -> bookings.check(form(title, roomId, t), null)).isEmpty()) {
          return t;
        }
      } catch (Exception e) {
        // a holiday needs a reason; try the next day
      }
    }
    throw new AssertionError("no free slot");
  }

  private static Calendar parse(String text) throws Exception {
    return new CalendarBuilder().build(new StringReader(text));
  }

  private static Optional<VEvent> event(Calendar cal, String uid) {
    return cal.<VEvent>getComponents("VEVENT").stream()
        .filter(e -> uid.equals(value(e, "UID")))
        .findFirst();
  }

  private static String value(net.fortuna.ical4j.model.Component c, String name) {
    return c.getProperty(name).orElseThrow().getValue();
  }

  /** The moment as a DTSTART in Bangkok time writes it. */
  private static String local(Instant moment) {
    return java.time.format.DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss")
        .withZone(OfficeTime.ZONE)
        .format(moment);
  }

  private static void assertNoSession(HttpResponse<String> answer) {
    for (String set : answer.headers().allValues("Set-Cookie")) {
      assertFalse(set.startsWith("JSESSIONID="), "a feed sets a session: " + set);
    }
  }
}
