package th.go.sesaoret.servicedesk.sla.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static th.go.sesaoret.servicedesk.sla.domain.Calendars.bangkok;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import th.go.sesaoret.servicedesk.catalog.domain.StandardUnit;
import th.go.sesaoret.servicedesk.catalog.domain.TimeStandard;

/** Due times of minute and hour standards: counted inside office time only. */
class DueTest {
  private static final TimeStandard ONE_HOUR = TimeStandard.of(1, StandardUnit.HOURS);
  private static final TimeStandard THIRTY_MINUTES = TimeStandard.of(30, StandardUnit.MINUTES);

  private final BusinessCalendar calendar = Calendars.government();

  @Test
  void fridayAfternoonBeforeAHolidayMondayIsDueOnTuesday() {
    // Mon 7 Dec 2026 is the substitution day for Sat 5 Dec: 10 minutes Friday, 50 Tuesday.
    assertEquals(bangkok("2026-12-08T09:20"), calendar.due(bangkok("2026-12-04T16:20"), ONE_HOUR));
  }

  @Test
  void lunchIsSkipped() {
    assertEquals(
        bangkok("2026-11-24T13:20"), calendar.due(bangkok("2026-11-24T11:50"), THIRTY_MINUTES));
  }

  @Test
  void endingExactlyAtLunchIsDueAtNoon() {
    assertEquals(
        bangkok("2026-11-24T12:00"), calendar.due(bangkok("2026-11-24T11:30"), THIRTY_MINUTES));
  }

  @Test
  void endingExactlyAtClosingIsDueAtClosing() {
    assertEquals(
        bangkok("2026-11-24T16:30"), calendar.due(bangkok("2026-11-24T16:00"), THIRTY_MINUTES));
  }

  @ParameterizedTest(name = "filed {0}: 1 hour due {1}")
  @CsvSource({
    "2026-11-24T07:00, 2026-11-24T09:30", // before opening
    "2026-11-24T12:10, 2026-11-24T14:00", // at lunch
    "2026-11-24T18:00, 2026-11-25T09:30", // after closing
    "2026-11-28T10:00, 2026-11-30T09:30", // Saturday
    "2026-11-29T23:59, 2026-11-30T09:30", // Sunday night
    "2026-12-07T10:00, 2026-12-08T09:30", // holiday
    "2026-04-10T16:00, 2026-04-16T09:00", // Friday before Songkran
  })
  void outsideOfficeTimeCountingStartsAtTheNextOpening(String filed, String due) {
    assertEquals(bangkok(due), calendar.due(bangkok(filed), ONE_HOUR));
  }

  @Test
  void aRangeIsDueAtItsMaximum() {
    TimeStandard threeToSixHours = TimeStandard.range(3, 6, StandardUnit.HOURS);

    // 08:30 + 6 office hours = 08:30-12:00 (3.5 h) + 13:00-15:30 (2.5 h)
    assertEquals(
        bangkok("2026-11-24T15:30"), calendar.due(bangkok("2026-11-24T08:30"), threeToSixHours));
  }

  @Test
  void sevenHoursAreOneFullOfficeDay() {
    assertEquals(
        bangkok("2026-11-25T10:00"),
        calendar.due(bangkok("2026-11-24T10:00"), TimeStandard.of(7, StandardUnit.HOURS)));
  }

  @Test
  void secondsOfTheStartAreKept() {
    assertEquals(
        bangkok("2026-11-24T10:33:17"),
        calendar.due(bangkok("2026-11-24T10:30:17"), TimeStandard.of(3, StandardUnit.MINUTES)));
  }

  @Test
  void theOfficeTimeBetweenStartAndDueIsTheStandard() {
    String[] starts = {
      "2026-12-04T16:20", "2026-11-24T11:50", "2026-04-10T15:00", "2026-11-28T10:00"
    };
    for (String start : starts) {
      for (int minutes : new int[] {3, 30, 60, 420, 1000, 10_000}) {
        var standard = TimeStandard.of(minutes, StandardUnit.MINUTES);
        var due = calendar.due(bangkok(start), standard);

        assertEquals(
            Duration.ofMinutes(minutes),
            calendar.workingTimeBetween(bangkok(start), due),
            start + " + " + minutes + " min");
      }
    }
  }
}
