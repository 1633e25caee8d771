package th.go.sesaoret.servicedesk.conference.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Set;
import org.junit.jupiter.api.Test;
import th.go.sesaoret.servicedesk.shared.BusinessException;

class BookingFormTest {
  private static final MeetingTime TIME =
      new MeetingTime(
          LocalDate.of(2027, 1, 13),
          LocalTime.of(9, 0),
          LocalTime.of(12, 0),
          ZoneId.of("Asia/Bangkok"));

  private static BookingForm form(int attendees, String link, boolean broadcast, String where) {
    return new BookingForm(
        "ประชุมผู้บริหาร",
        null,
        1L,
        TIME,
        attendees,
        "ผอ.สพม.ร้อยเอ็ด",
        null,
        Platform.ZOOM,
        link,
        broadcast,
        where,
        null,
        Set.of(2L, 1L),
        "043-511-000",
        null);
  }

  @Test
  void aValidFormKeepsItsTextsStrippedAndNoBroadcastPlace() {
    BookingForm f = form(40, "https://zoom.us/j/123", false, "ช่องทาง YouTube");
    assertEquals("https://zoom.us/j/123", f.meetingLink());
    assertNull(f.broadcastWhere(), "no broadcast, no place to broadcast to");
  }

  @Test
  void refusesZeroAttendeesNonHttpLinksAndABroadcastWithoutAPlace() {
    assertEquals("conference.attendees.atLeastOne", refusal(() -> form(0, null, false, null)));
    assertEquals(
        "conference.meetingLink.notHttp",
        refusal(() -> form(5, "javascript:alert(1)", false, null)));
    assertEquals(
        "conference.meetingLink.notHttp", refusal(() -> form(5, "ftp://host/x", false, null)));
    assertEquals("conference.broadcastWhere.required", refusal(() -> form(5, null, true, " ")));
  }

  @Test
  void aTextOverItsLengthIsRefusedNeverCut() {
    String longLink = "https://example.org/" + "a".repeat(BookingForm.LINK_MAX);
    var e = assertThrows(BusinessException.class, () -> form(5, longLink, false, null));
    assertEquals("conference.meetingLink.tooLong", e.key());
    assertEquals(BookingForm.LINK_MAX, e.args()[0]);
  }

  private static String refusal(Runnable r) {
    return assertThrows(BusinessException.class, r::run).key();
  }
}
