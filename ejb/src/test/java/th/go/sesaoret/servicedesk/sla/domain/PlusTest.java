package th.go.sesaoret.servicedesk.sla.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static th.go.sesaoret.servicedesk.sla.domain.Calendars.bangkok;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import th.go.sesaoret.servicedesk.catalog.domain.StandardUnit;
import th.go.sesaoret.servicedesk.catalog.domain.TimeStandard;

/** {@link BusinessCalendar#plus}: a duration of office time after a start. */
class PlusTest {
  private final BusinessCalendar calendar = Calendars.government();

  @Test
  void lunchDoesNotCount() {
    assertEquals(
        bangkok("2026-11-24T13:20"),
        calendar.plus(bangkok("2026-11-24T11:50"), Duration.ofMinutes(30)));
  }

  @Test
  void endingExactlyAtAPeriodsEndIsThen() {
    assertEquals(
        bangkok("2026-11-24T12:00"),
        calendar.plus(bangkok("2026-11-24T11:30"), Duration.ofMinutes(30)));
  }

  @Test
  void theWeekendAndAHolidayDoNotCount() {
    // Fri 4 Dec 2026 16:20: 10 minutes Friday; Sat, Sun and Mon 7 Dec (substitution day) closed
    assertEquals(
        bangkok("2026-12-08T09:20"),
        calendar.plus(bangkok("2026-12-04T16:20"), Duration.ofMinutes(60)));
  }

  @ParameterizedTest(name = "{0} + {1} min = {2}")
  @CsvSource({
    "2026-11-28T10:00, 30, 2026-11-30T09:00", // Saturday: from Monday's opening
    "2026-11-24T12:10, 30, 2026-11-24T13:30", // at lunch: from 13:00
    "2026-11-24T12:00, 1, 2026-11-24T13:01", // noon is lunch already
    "2026-11-24T16:00, 420, 2026-11-25T16:00", // a whole office day
    "2026-04-10T16:00, 60, 2026-04-16T09:00", // Friday before Songkran
  })
  void countingStartsInOfficeTime(String start, long minutes, String expected) {
    assertEquals(bangkok(expected), calendar.plus(bangkok(start), Duration.ofMinutes(minutes)));
  }

  @Test
  void zeroIsTheStartItselfEvenOutsideOfficeTime() {
    assertEquals(
        bangkok("2026-11-24T12:00"), calendar.plus(bangkok("2026-11-24T12:00"), Duration.ZERO));
    assertEquals(
        bangkok("2026-11-28T10:00"), calendar.plus(bangkok("2026-11-28T10:00"), Duration.ZERO));
  }

  @Test
  void aNegativeDurationIsRefused() {
    assertThrows(
        IllegalArgumentException.class,
        () -> calendar.plus(bangkok("2026-11-24T10:00"), Duration.ofMinutes(-1)));
  }

  @Test
  void theOfficeTimeElapsedIsTheDurationAdded() {
    var start = bangkok("2026-12-04T11:17");
    var amount = Duration.ofMinutes(3 * 420 + 95);
    assertEquals(amount, calendar.workingTimeBetween(start, calendar.plus(start, amount)));
  }

  @Test
  void aStandardsOfficeTimeIsItsMaximum() {
    assertEquals(
        Duration.ofHours(6), calendar.officeTime(TimeStandard.range(3, 6, StandardUnit.HOURS)));
    assertEquals(
        Duration.ofMinutes(30), calendar.officeTime(TimeStandard.of(30, StandardUnit.MINUTES)));
    assertEquals(
        Duration.ofHours(14), calendar.officeTime(TimeStandard.of(2, StandardUnit.WORKING_DAYS)));
  }

  @Test
  void aStandardIsDueItsOfficeTimeAfterTheStart() {
    var start = bangkok("2026-12-04T16:20");
    for (var standard :
        new TimeStandard[] {
          TimeStandard.of(1, StandardUnit.HOURS), TimeStandard.of(2, StandardUnit.WORKING_DAYS)
        }) {
      assertEquals(
          calendar.officeTime(standard),
          calendar.workingTimeBetween(start, calendar.due(start, standard)),
          standard.toString());
    }
  }

  @Test
  void workingDaysKeepTheirPositionInTheDay() {
    assertEquals(
        bangkok("2026-12-08T16:20"), calendar.plusWorkingDays(bangkok("2026-12-04T16:20"), 1));
    assertEquals(
        bangkok("2026-11-25T13:00"), calendar.plusWorkingDays(bangkok("2026-11-24T12:30"), 1));
  }
}
