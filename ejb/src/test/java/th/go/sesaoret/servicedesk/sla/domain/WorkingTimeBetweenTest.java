package th.go.sesaoret.servicedesk.sla.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static th.go.sesaoret.servicedesk.sla.domain.Calendars.bangkok;

import java.time.Duration;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Office time elapsed between two instants. */
class WorkingTimeBetweenTest {
  private final BusinessCalendar calendar = Calendars.government();

  @ParameterizedTest(name = "{0} to {1}: {2} min")
  @CsvSource({
    "2026-11-24T09:00, 2026-11-24T10:30, 90", // inside one period
    "2026-11-24T11:00, 2026-11-24T14:00, 120", // across lunch
    "2026-11-24T12:15, 2026-11-24T12:45, 0", // inside lunch
    "2026-11-24T16:00, 2026-11-25T09:00, 60", // across the night
    "2026-11-27T16:00, 2026-11-30T09:00, 60", // across the weekend
    "2026-12-04T16:00, 2026-12-08T09:00, 60", // across weekend and holiday Monday
    "2026-04-10T16:00, 2026-04-16T09:00, 60", // across Songkran
    "2026-11-23T00:00, 2026-11-30T00:00, 2100", // a whole week: 5 x 7 hours
    "2026-11-28T08:00, 2026-11-29T20:00, 0", // a weekend
    "2026-11-24T10:00, 2026-11-24T10:00, 0", // no time
    "2026-11-24T11:00, 2026-11-24T10:00, 0", // backwards
  })
  void countsOfficeTimeOnly(String from, String to, long minutes) {
    assertEquals(
        Duration.ofMinutes(minutes), calendar.workingTimeBetween(bangkok(from), bangkok(to)));
  }
}
