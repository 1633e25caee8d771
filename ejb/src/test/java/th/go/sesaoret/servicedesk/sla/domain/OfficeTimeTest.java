package th.go.sesaoret.servicedesk.sla.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static th.go.sesaoret.servicedesk.sla.domain.Calendars.bangkok;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** isOfficeTime, isWorkingDay and nextOfficeOpening on the government calendar. */
class OfficeTimeTest {
  private final BusinessCalendar calendar = Calendars.government();

  @ParameterizedTest(name = "{0} office time: {1}")
  @CsvSource({
    "2026-11-24T08:29, false",
    "2026-11-24T08:30, true",
    "2026-11-24T11:59, true",
    "2026-11-24T12:00, false",
    "2026-11-24T12:59, false",
    "2026-11-24T13:00, true",
    "2026-11-24T16:29, true",
    "2026-11-24T16:30, false",
    "2026-11-24T23:00, false",
    "2026-11-28T10:00, false", // Saturday
    "2026-12-07T10:00, false", // substitution day for 5 December
  })
  void knowsOfficeTime(String bangkokTime, boolean expected) {
    assertEquals(expected, calendar.isOfficeTime(bangkok(bangkokTime)));
  }

  @Test
  void weekdaysAreWorkingDaysAndWeekendsAreNot() {
    assertTrue(calendar.isWorkingDay(LocalDate.of(2026, 11, 24)));
    assertFalse(calendar.isWorkingDay(LocalDate.of(2026, 11, 28)));
    assertFalse(calendar.isWorkingDay(LocalDate.of(2026, 11, 29)));
  }

  @Test
  void holidaysAreNotWorkingDays() {
    assertFalse(calendar.isWorkingDay(LocalDate.of(2026, 4, 13)));
    assertFalse(calendar.isWorkingDay(LocalDate.of(2026, 12, 7)));
    assertFalse(calendar.isWorkingDay(LocalDate.of(2026, 5, 13)));
  }

  @Test
  void labourDayIsAWorkingDayForGovernmentOffices() {
    assertTrue(calendar.isWorkingDay(LocalDate.of(2026, 5, 1)));
  }

  @Test
  void inOfficeTimeCountingStartsAtOnce() {
    assertEquals(
        bangkok("2026-11-24T10:15"), calendar.nextOfficeOpening(bangkok("2026-11-24T10:15")));
  }

  @Test
  void beforeOpeningCountingStartsAtHalfPastEight() {
    assertEquals(
        bangkok("2026-11-24T08:30"), calendar.nextOfficeOpening(bangkok("2026-11-24T06:00")));
  }

  @Test
  void atLunchCountingStartsAtOne() {
    assertEquals(
        bangkok("2026-11-24T13:00"), calendar.nextOfficeOpening(bangkok("2026-11-24T12:00")));
  }

  @Test
  void afterClosingOnFridayCountingStartsOnMonday() {
    assertEquals(
        bangkok("2026-11-30T08:30"), calendar.nextOfficeOpening(bangkok("2026-11-27T16:30")));
  }

  @Test
  void beforeSongkranCountingStartsAfterIt() {
    assertEquals(
        bangkok("2026-04-16T08:30"), calendar.nextOfficeOpening(bangkok("2026-04-10T17:00")));
  }

  @Test
  void onAHolidayCountingStartsTheNextWorkingDay() {
    assertEquals(
        bangkok("2026-12-08T08:30"), calendar.nextOfficeOpening(bangkok("2026-12-07T10:00")));
  }
}
