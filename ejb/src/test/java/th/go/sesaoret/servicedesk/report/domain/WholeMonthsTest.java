package th.go.sesaoret.servicedesk.report.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

class WholeMonthsTest {
  private static final ZoneId BANGKOK = ZoneId.of("Asia/Bangkok");

  private static java.time.Instant at(String date) {
    return LocalDate.parse(date).atStartOfDay(BANGKOK).toInstant();
  }

  @Test
  void aFiscalYearIsTwelveWholeMonths() {
    var m = WholeMonths.of(at("2025-10-01"), at("2026-10-01"), BANGKOK).orElseThrow();
    assertEquals(LocalDate.parse("2025-10-01"), m.first());
    assertEquals(LocalDate.parse("2026-10-01"), m.endMonth());
    assertEquals(at("2025-10-01"), m.firstStart());
  }

  @Test
  void customDatesKeepTheirPartialMonthsOutside() {
    var m = WholeMonths.of(at("2026-01-15"), at("2026-04-10"), BANGKOK).orElseThrow();
    assertEquals(LocalDate.parse("2026-02-01"), m.first());
    assertEquals(LocalDate.parse("2026-04-01"), m.endMonth());
    assertEquals(at("2026-04-01"), m.endStart());
  }

  @Test
  void lessThanAWholeMonthHasNone() {
    assertTrue(WholeMonths.of(at("2026-01-15"), at("2026-02-10"), BANGKOK).isEmpty());
    assertTrue(WholeMonths.of(at("2026-01-02"), at("2026-01-31"), BANGKOK).isEmpty());
  }

  @Test
  void midnightInBangkokIsNotMidnightInUtc() {
    // 1 October 00:00 in Bangkok is 30 September 17:00 UTC: still a whole month from there
    var m = WholeMonths.of(at("2026-10-01"), at("2026-11-01"), BANGKOK).orElseThrow();
    assertEquals(LocalDate.parse("2026-10-01"), m.first());
    assertTrue(
        WholeMonths.of(at("2026-10-01").plusSeconds(1), at("2026-11-01"), BANGKOK).isEmpty());
  }
}
