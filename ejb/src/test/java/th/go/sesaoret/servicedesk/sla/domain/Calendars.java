package th.go.sesaoret.servicedesk.sla.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import th.go.sesaoret.servicedesk.shared.OfficeTime;

/** Test fixtures: the government calendar with the 2026-2027 days off, and Bangkok times. */
final class Calendars {
  /** The office-closed rows of shared/data/thai-holidays-2026-2027.csv (not Labour Day). */
  static final Set<LocalDate> CLOSED_2026_2027 =
      Stream.of(
              "2026-01-01",
              "2026-01-02",
              "2026-03-03",
              "2026-04-06",
              "2026-04-13",
              "2026-04-14",
              "2026-04-15",
              "2026-05-04",
              "2026-05-13",
              "2026-05-31",
              "2026-06-01",
              "2026-06-03",
              "2026-07-28",
              "2026-07-29",
              "2026-07-30",
              "2026-08-12",
              "2026-10-13",
              "2026-10-23",
              "2026-12-05",
              "2026-12-07",
              "2026-12-10",
              "2026-12-31",
              "2027-01-01",
              "2027-02-21",
              "2027-02-22",
              "2027-04-06",
              "2027-04-13",
              "2027-04-14",
              "2027-04-15",
              "2027-05-04",
              "2027-05-20",
              "2027-06-03",
              "2027-07-18",
              "2027-07-19",
              "2027-07-20",
              "2027-07-28",
              "2027-08-12",
              "2027-10-13",
              "2027-10-23",
              "2027-10-25",
              "2027-12-05",
              "2027-12-06",
              "2027-12-10",
              "2027-12-31")
          .map(LocalDate::parse)
          .collect(Collectors.toUnmodifiableSet());

  private Calendars() {}

  /** Government office hours with the 2026 and 2027 holiday data. */
  static BusinessCalendar government() {
    return BusinessCalendar.of(OfficeHours.government(), CLOSED_2026_2027, Set.of(2026, 2027));
  }

  /** An instant given as Bangkok wall-clock time, e.g. {@code "2026-12-04T16:20"}. */
  static Instant bangkok(String localDateTime) {
    return LocalDateTime.parse(localDateTime).atZone(OfficeTime.ZONE).toInstant();
  }
}
