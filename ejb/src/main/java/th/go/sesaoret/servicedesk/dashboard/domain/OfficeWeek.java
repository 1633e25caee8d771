package th.go.sesaoret.servicedesk.dashboard.domain;

import java.io.Serial;
import java.io.Serializable;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;

/**
 * The office's week, Monday to Sunday both included, as the Thai calendar on the wall shows it; its
 * moments are in the office's time zone (a meeting at 06:00 Monday Bangkok time is Sunday 23:00 UTC
 * and still this week's).
 */
public record OfficeWeek(LocalDate monday, LocalDate sunday) implements Serializable {
  @Serial private static final long serialVersionUID = 1L;

  /** The week {@code day} falls in. */
  public static OfficeWeek of(LocalDate day) {
    LocalDate monday = day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
    return new OfficeWeek(monday, monday.plusDays(6));
  }

  /** The week containing {@code now} in {@code zone}. */
  public static OfficeWeek at(Instant now, ZoneId zone) {
    return of(LocalDate.ofInstant(now, zone));
  }

  /** Monday 00:00 in {@code zone}, inclusive. */
  public Instant start(ZoneId zone) {
    return monday.atStartOfDay(zone).toInstant();
  }

  /** The next Monday 00:00 in {@code zone}, exclusive. */
  public Instant end(ZoneId zone) {
    return sunday.plusDays(1).atStartOfDay(zone).toInstant();
  }

  /** The end of the day {@code now} falls in, in {@code zone} (the next midnight, exclusive). */
  public static Instant endOfDay(Instant now, ZoneId zone) {
    return LocalDate.ofInstant(now, zone).plusDays(1).atStartOfDay(zone).toInstant();
  }
}
