package th.go.sesaoret.servicedesk.dashboard.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

class OfficeWeekTest {
  private static final ZoneId BANGKOK = ZoneId.of("Asia/Bangkok");

  @Test
  void aWeekRunsMondayToSunday() {
    OfficeWeek w = OfficeWeek.of(LocalDate.of(2026, 12, 2)); // a Wednesday
    assertEquals(LocalDate.of(2026, 11, 30), w.monday());
    assertEquals(LocalDate.of(2026, 12, 6), w.sunday());
    assertEquals(w, OfficeWeek.of(LocalDate.of(2026, 11, 30)), "Monday is its own week's");
    assertEquals(w, OfficeWeek.of(LocalDate.of(2026, 12, 6)), "and so is Sunday");
  }

  @Test
  void itsBoundsAreBangkokMidnights() {
    OfficeWeek w = OfficeWeek.of(LocalDate.of(2026, 12, 2));
    assertEquals(Instant.parse("2026-11-29T17:00:00Z"), w.start(BANGKOK));
    assertEquals(Instant.parse("2026-12-06T17:00:00Z"), w.end(BANGKOK));
  }

  @Test
  void sundayEveningInUtcIsAlreadyMondayInBangkok() {
    // 2026-12-06 18:00 UTC = Monday 7 December 01:00 in Bangkok: next week
    OfficeWeek w = OfficeWeek.at(Instant.parse("2026-12-06T18:00:00Z"), BANGKOK);
    assertEquals(LocalDate.of(2026, 12, 7), w.monday());
  }

  @Test
  void theDayEndsAtBangkokMidnight() {
    assertEquals(
        Instant.parse("2026-12-02T17:00:00Z"),
        OfficeWeek.endOfDay(Instant.parse("2026-12-02T16:59:00Z"), BANGKOK));
    assertEquals(
        Instant.parse("2026-12-03T17:00:00Z"),
        OfficeWeek.endOfDay(Instant.parse("2026-12-02T17:00:00Z"), BANGKOK));
  }
}
