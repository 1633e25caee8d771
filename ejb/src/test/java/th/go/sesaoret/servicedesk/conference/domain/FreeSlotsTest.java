package th.go.sesaoret.servicedesk.conference.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;
import th.go.sesaoret.servicedesk.conference.domain.FreeSlots.Window;

class FreeSlotsTest {
  private static final ZoneId BANGKOK = ZoneId.of("Asia/Bangkok");
  private static final LocalDate DAY = LocalDate.of(2027, 1, 13);
  private static final Instant LONG_AGO = Instant.parse("2026-01-01T00:00:00Z");

  private static MeetingTime at(String start, String end) {
    return new MeetingTime(DAY, LocalTime.parse(start), LocalTime.parse(end), BANGKOK);
  }

  /** The room is taken for a 10:00-12:00 meeting: 09:30-12:30 with its buffers. */
  private static final List<Window> TAKEN =
      List.of(
          new Window(at("10:00", "12:00").occupiedFrom(), at("10:00", "12:00").occupiedUntil()));

  @Test
  void theNearestFreeTimesKeepTheBuffersApart() {
    List<MeetingTime> nearest =
        FreeSlots.nearest(
            at("10:00", "11:00"), TAKEN, LocalTime.of(8, 30), LocalTime.of(16, 30), LONG_AGO, 3);
    assertEquals(
        List.of(at("13:00", "14:00"), at("13:05", "14:05"), at("13:10", "14:10")),
        nearest,
        "before it, 08:30-09:30 would hold the room until 10:00, past the taken 09:30; after it,"
            + " 13:00 sets up at 12:30, where the post-check ends");
  }

  @Test
  void outsideTheOfficeDayOnlyWhenNothingFitsInside() {
    List<MeetingTime> nearest =
        FreeSlots.nearest(
            at("09:00", "15:00"), TAKEN, LocalTime.of(8, 30), LocalTime.of(16, 30), LONG_AGO, 1);
    assertEquals(List.of(at("13:00", "19:00")), nearest, "six hours fit only after 12:30");
  }

  @Test
  void freeWindowsAreTheGapsOfTheOfficeDay() {
    Instant open = at("08:30", "09:00").meetingStart();
    Instant close = at("16:00", "16:30").meetingEnd();
    assertEquals(
        List.of(
            new Window(open, at("10:00", "12:00").occupiedFrom()),
            new Window(at("10:00", "12:00").occupiedUntil(), close)),
        FreeSlots.free(TAKEN, open, close));
  }
}
