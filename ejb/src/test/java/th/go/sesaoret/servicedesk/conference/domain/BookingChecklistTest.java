package th.go.sesaoret.servicedesk.conference.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import th.go.sesaoret.servicedesk.shared.BusinessException;
import th.go.sesaoret.servicedesk.sla.domain.BusinessCalendar;
import th.go.sesaoret.servicedesk.sla.domain.OfficeHours;

/** A booking's checklist with what its meeting needs, and when its reminders are due. */
class BookingChecklistTest {
  private static final ZoneId BANGKOK = ZoneId.of("Asia/Bangkok");

  /** 7 and 10 December 2026 are holidays here. */
  private static final BusinessCalendar CALENDAR =
      BusinessCalendar.of(
          OfficeHours.government(),
          List.of(LocalDate.of(2026, 12, 7), LocalDate.of(2026, 12, 10)),
          Set.of(2026, 2027));

  static Booking booking(LocalDate day, Platform platform, boolean broadcast) {
    Room room = Room.of("ห้องประชุมพนมรุ้ง", "อาคาร 1 ชั้น 2", 60, null, "#1f6feb");
    BookingForm form =
        new BookingForm(
            "ประชุมผู้บริหาร",
            null,
            1L,
            new MeetingTime(day, LocalTime.of(9, 0), LocalTime.of(12, 0), BANGKOK),
            20,
            "ผู้อำนวยการ",
            null,
            platform,
            platform == Platform.NONE ? null : "https://zoom.us/j/123",
            broadcast,
            broadcast ? "เพจของสำนักงาน" : null,
            null,
            Set.of(),
            "0812345678",
            null);
    return Booking.of(null, room, List.of(), form, false, null);
  }

  private static Instant at(LocalDate day, int hour, int minute) {
    return day.atTime(hour, minute).atZone(BANGKOK).toInstant();
  }

  @Test
  void aMeetingInTheRoomOnlyAsksNoFarEndNorBroadcastTest() {
    Booking b = booking(LocalDate.of(2026, 12, 8), Platform.NONE, false);
    assertFalse(b.hasFarEnd());
    b.setUp(true, true, null, null, null);
    assertNull(b.checklist().farEnd());
  }

  @Test
  void aBroadcastMeetingOnZoomAsksBothAndItsLink() {
    Booking b = booking(LocalDate.of(2026, 12, 8), Platform.ZOOM, true);
    assertTrue(b.hasFarEnd());
    assertEquals(
        "conference.checklist.farEnd.required",
        assertThrows(BusinessException.class, () -> b.setUp(true, true, null, true, null)).key());
    b.setUp(true, true, true, true, null);
    Instant start = at(LocalDate.of(2026, 12, 8), 9, 5);
    assertEquals(
        "conference.checklist.broadcastLink.required",
        assertThrows(
                BusinessException.class, () -> b.ran(start, start.plusSeconds(3600), null, null))
            .key());
  }

  @Test
  void aCancelledBookingTakesNoChecklist() {
    Booking b = booking(LocalDate.of(2026, 12, 8), Platform.NONE, false);
    b.cancel(Instant.parse("2026-12-01T00:00:00Z"));
    assertEquals(
        "conference.booking.cancelled",
        assertThrows(BusinessException.class, () -> b.checkedAfter(true, true, null)).key());
  }

  @Test
  void theWorkingDayBeforeSkipsWeekendsAndHolidays() {
    // Tuesday 8 Dec: the working day before is Friday 4 Dec (7 Dec a holiday, 5-6 a weekend)
    Booking tuesday = booking(LocalDate.of(2026, 12, 8), Platform.NONE, false);
    assertEquals(at(LocalDate.of(2026, 12, 4), 8, 30), tuesday.dayBefore(CALENDAR));
    // Friday 11 Dec: Wednesday 9 Dec (10 Dec a holiday)
    Booking friday = booking(LocalDate.of(2026, 12, 11), Platform.NONE, false);
    assertEquals(at(LocalDate.of(2026, 12, 9), 8, 30), friday.dayBefore(CALENDAR));
  }

  @Test
  void remindersAndTheEscalationAreDueInTheirWindowsOnce() {
    LocalDate day = LocalDate.of(2026, 12, 8);
    Booking b = booking(day, Platform.NONE, false);
    Instant dayBefore = b.dayBefore(CALENDAR);
    assertFalse(b.dayReminderDue(dayBefore.minusSeconds(1), dayBefore));
    assertTrue(b.dayReminderDue(dayBefore, dayBefore));
    assertTrue(b.escalationDue(dayBefore, dayBefore));
    b.remindedDayBefore(dayBefore);
    b.escalated(dayBefore);
    assertFalse(b.dayReminderDue(dayBefore.plusSeconds(60), dayBefore));
    assertFalse(b.escalationDue(dayBefore.plusSeconds(60), dayBefore));
    // set-up at 08:30, the hour reminder from 07:30
    assertFalse(b.hourReminderDue(at(day, 7, 29)));
    assertTrue(b.hourReminderDue(at(day, 7, 30)));
    assertFalse(b.hourReminderDue(at(day, 8, 30)));
    b.remindedHourBefore(at(day, 7, 30));
    assertFalse(b.hourReminderDue(at(day, 7, 35)));
  }

  @Test
  void aBookingWithAnOperatorIsNotEscalated() {
    Booking b = booking(LocalDate.of(2026, 12, 8), Platform.NONE, false);
    b.operatedBy("staff", Instant.parse("2026-12-01T00:00:00Z"));
    Instant dayBefore = b.dayBefore(CALENDAR);
    assertFalse(b.escalationDue(dayBefore, dayBefore));
    assertTrue(b.isOperator("staff"));
    assertFalse(b.isOperator("staff2"));
  }
}
