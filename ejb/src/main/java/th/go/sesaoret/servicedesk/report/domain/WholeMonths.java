package th.go.sesaoret.servicedesk.report.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Optional;

/**
 * The whole calendar months (in the office's zone) inside a period {@code [start, end)}: from
 * {@code first} (a month's first day) to {@code endMonth} (exclusive). The days before {@link
 * #firstStart()} and from {@link #endStart()} are the period's partial months.
 */
public record WholeMonths(LocalDate first, LocalDate endMonth, ZoneId zone) {

  /** The whole months of {@code [start, end)}; empty when it holds none. */
  public static Optional<WholeMonths> of(Instant start, Instant end, ZoneId zone) {
    ZonedDateTime from = start.atZone(zone);
    LocalDate first = from.toLocalDate().withDayOfMonth(1);
    if (!first.atStartOfDay(zone).toInstant().equals(start)) {
      first = first.plusMonths(1);
    }
    LocalDate endMonth = end.atZone(zone).toLocalDate().withDayOfMonth(1);
    if (!endMonth.isAfter(first)) {
      return Optional.empty();
    }
    return Optional.of(new WholeMonths(first, endMonth, zone));
  }

  public Instant firstStart() {
    return first.atStartOfDay(zone).toInstant();
  }

  public Instant endStart() {
    return endMonth.atStartOfDay(zone).toInstant();
  }
}
