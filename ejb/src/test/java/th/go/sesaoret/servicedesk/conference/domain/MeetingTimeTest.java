package th.go.sesaoret.servicedesk.conference.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;
import th.go.sesaoret.servicedesk.shared.BusinessException;
import th.go.sesaoret.servicedesk.sla.domain.BusinessCalendar;
import th.go.sesaoret.servicedesk.sla.domain.OfficeHours;

class MeetingTimeTest {
  private static final ZoneId BANGKOK = ZoneId.of("Asia/Bangkok");
  private static final LocalDate WED = LocalDate.of(2027, 1, 13);
  private static final LocalDate HOLIDAY = LocalDate.of(2027, 1, 14);
  private static final BusinessCalendar CALENDAR =
      BusinessCalendar.of(OfficeHours.government(), List.of(HOLIDAY), List.of(2027));

  private static MeetingTime at(LocalDate day, String start, String end) {
    return new MeetingTime(day, LocalTime.parse(start), LocalTime.parse(end), BANGKOK);
  }

  @Test
  void occupiesHalfAnHourBeforeAndAfterTheMeeting() {
    MeetingTime t = at(WED, "10:00", "12:00");
    assertEquals(Instant.parse("2027-01-13T03:00:00Z"), t.meetingStart());
    assertEquals(Instant.parse("2027-01-13T02:30:00Z"), t.occupiedFrom());
    assertEquals(Instant.parse("2027-01-13T05:30:00Z"), t.occupiedUntil());
  }

  @Test
  void threeToSixHoursIsTheStandardShorterAndLongerAreFlagged() {
    assertEquals(LengthFlag.SHORT, at(WED, "09:00", "11:55").lengthFlag());
    assertEquals(LengthFlag.STANDARD, at(WED, "09:00", "12:00").lengthFlag());
    assertEquals(LengthFlag.STANDARD, at(WED, "09:00", "15:00").lengthFlag());
    assertEquals(LengthFlag.LONG, at(WED, "09:00", "15:05").lengthFlag());
  }

  @Test
  void refusesOffStepZeroLengthAndEndBeforeStart() {
    assertEquals("conference.time.fiveMinutes", refusal(() -> at(WED, "09:03", "10:00")));
    assertEquals("conference.time.zeroLength", refusal(() -> at(WED, "09:00", "09:00")));
    assertEquals("conference.time.endBeforeStart", refusal(() -> at(WED, "10:00", "09:00")));
    assertEquals("conference.time.withinDay", refusal(() -> at(WED, "22:00", "23:45")));
  }

  @Test
  void outsideOfficeHoursOnHolidaysWeekendsAndBeyondTheOfficeDay() {
    assertFalse(at(WED, "08:30", "16:30").outsideOfficeHours(CALENDAR), "lunch inside is normal");
    assertTrue(at(WED, "08:00", "10:00").outsideOfficeHours(CALENDAR));
    assertTrue(at(WED, "15:00", "17:00").outsideOfficeHours(CALENDAR));
    assertTrue(at(HOLIDAY, "09:00", "12:00").outsideOfficeHours(CALENDAR));
    assertTrue(at(LocalDate.of(2027, 1, 16), "09:00", "12:00").outsideOfficeHours(CALENDAR));
  }

  @Test
  void aMeetingThatHasStartedIsPast() {
    MeetingTime t = at(WED, "10:00", "12:00");
    assertTrue(t.isPast(t.meetingStart()));
    assertFalse(t.isPast(t.meetingStart().minusSeconds(60)));
  }

  private static String refusal(Runnable r) {
    return assertThrows(BusinessException.class, r::run).key();
  }
}
