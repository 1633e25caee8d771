package th.go.sesaoret.servicedesk.sla.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static th.go.sesaoret.servicedesk.sla.domain.Calendars.bangkok;

import java.time.LocalDate;
import java.util.Set;
import org.junit.jupiter.api.Test;
import th.go.sesaoret.servicedesk.catalog.domain.StandardUnit;
import th.go.sesaoret.servicedesk.catalog.domain.TimeStandard;

/** A year without holiday data is computed with weekends only, and callers can tell. */
class MissingHolidayDataTest {
  private final BusinessCalendar calendar = Calendars.government();

  @Test
  void knowsWhichYearsHaveData() {
    assertTrue(calendar.hasHolidayDataFor(2026));
    assertTrue(calendar.hasHolidayDataFor(2027));
    assertFalse(calendar.hasHolidayDataFor(2030));
  }

  @Test
  void computesAYearWithoutDataWithWeekendsOnly() {
    // 1 Jan 2030 is a Tuesday and surely New Year's Day, but nobody has loaded 2030 yet.
    assertTrue(calendar.isWorkingDay(LocalDate.of(2030, 1, 1)));
    assertFalse(calendar.isWorkingDay(LocalDate.of(2030, 1, 5)));
    // 30 minutes on Monday 31 Dec 2029, 30 on Tuesday 1 Jan 2030.
    assertEquals(
        bangkok("2030-01-01T09:00"),
        calendar.due(bangkok("2029-12-31T16:00"), TimeStandard.of(1, StandardUnit.HOURS)));
    assertEquals(
        bangkok("2030-01-07T10:00"),
        calendar.due(bangkok("2030-01-04T10:00"), TimeStandard.of(1, StandardUnit.WORKING_DAYS)));
  }

  @Test
  void reportsTheYearsWithoutDataThatAComputationTouched() {
    var start = bangkok("2027-12-30T10:00");
    var due = calendar.due(start, TimeStandard.of(5, StandardUnit.WORKING_DAYS));

    assertEquals(Set.of(2028), calendar.yearsWithoutHolidayData(start, due));
    assertEquals(
        Set.of(),
        calendar.yearsWithoutHolidayData(bangkok("2026-01-01T00:00"), bangkok("2027-12-31T23:59")));
    assertEquals(
        Set.of(2028, 2029, 2030),
        calendar.yearsWithoutHolidayData(bangkok("2027-06-01T00:00"), bangkok("2030-02-01T00:00")));
  }

  @Test
  void aCalendarWithoutAnyDataStillComputes() {
    var bare = BusinessCalendar.of(OfficeHours.government(), HolidayList.none());

    assertEquals(
        bangkok("2026-12-07T09:20"),
        bare.due(bangkok("2026-12-04T16:20"), TimeStandard.of(1, StandardUnit.HOURS)));
    assertFalse(bare.hasHolidayDataFor(2026));
  }
}
