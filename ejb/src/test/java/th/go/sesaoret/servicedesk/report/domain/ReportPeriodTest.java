package th.go.sesaoret.servicedesk.report.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import org.junit.jupiter.api.Test;
import th.go.sesaoret.servicedesk.shared.BusinessException;
import th.go.sesaoret.servicedesk.shared.OfficeTime;

/** Fiscal years in the Buddhist era, their ITA halves, months, custom dates, the share on time. */
class ReportPeriodTest {
  @Test
  void fiscalYear2570RunsFromOctober2026ToSeptember2027() {
    FiscalYear fy = new FiscalYear(2570);
    assertEquals(LocalDate.of(2026, 10, 1), fy.firstDay());
    assertEquals(LocalDate.of(2027, 9, 30), fy.lastDay());
    assertEquals(2569, fy.previous().buddhistYear());
  }

  @Test
  void aDayBelongsToTheFiscalYearOfItsOctober() {
    assertEquals(2570, FiscalYear.of(LocalDate.of(2026, 10, 1)).buddhistYear());
    assertEquals(2570, FiscalYear.of(LocalDate.of(2026, 12, 1)).buddhistYear());
    assertEquals(2570, FiscalYear.of(LocalDate.of(2027, 9, 30)).buddhistYear());
    assertEquals(2569, FiscalYear.of(LocalDate.of(2026, 9, 30)).buddhistYear());
    assertTrue(new FiscalYear(2570).contains(LocalDate.of(2027, 2, 28)));
    assertFalse(new FiscalYear(2570).contains(LocalDate.of(2027, 10, 1)));
  }

  @Test
  void theItaHalvesSplitAtApril() {
    FiscalYear fy = new FiscalYear(2570);
    ReportPeriod first = ReportPeriod.half(fy, 1);
    ReportPeriod second = ReportPeriod.half(fy, 2);
    assertEquals(LocalDate.of(2026, 10, 1), first.firstDay());
    assertEquals(LocalDate.of(2027, 3, 31), first.lastDay());
    assertEquals(LocalDate.of(2027, 4, 1), second.firstDay());
    assertEquals(LocalDate.of(2027, 9, 30), second.lastDay());
    assertEquals(182, first.days());
    assertEquals(183, second.days());
    assertEquals(PeriodKind.HALF_YEAR, second.kind());
    assertEquals(2570, second.year());
    assertThrows(BusinessException.class, () -> ReportPeriod.half(fy, 3));
  }

  @Test
  void aPeriodRunsFromMidnightToMidnightInBangkok() {
    ReportPeriod fy = ReportPeriod.currentFiscalYear(LocalDate.of(2026, 12, 1));
    assertEquals(PeriodKind.FISCAL_YEAR, fy.kind());
    assertEquals(Instant.parse("2026-09-30T17:00:00Z"), fy.start(OfficeTime.ZONE));
    assertEquals(Instant.parse("2027-09-30T17:00:00Z"), fy.end(OfficeTime.ZONE));
  }

  @Test
  void aMonthIsItsDays() {
    ReportPeriod feb = ReportPeriod.month(YearMonth.of(2028, 2));
    assertEquals(LocalDate.of(2028, 2, 29), feb.lastDay());
    assertEquals(29, feb.days());
  }

  @Test
  void customDatesAreCheckedNotCut() {
    assertEquals(
        1, ReportPeriod.custom(LocalDate.of(2026, 12, 1), LocalDate.of(2026, 12, 1)).days());
    assertEquals(
        "report.period.inverted",
        assertThrows(
                BusinessException.class,
                () -> ReportPeriod.custom(LocalDate.of(2026, 12, 2), LocalDate.of(2026, 12, 1)))
            .key());
    assertEquals(
        "report.period.datesRequired",
        assertThrows(BusinessException.class, () -> ReportPeriod.custom(null, LocalDate.now()))
            .key());
    LocalDate from = LocalDate.of(2025, 1, 1);
    ReportPeriod.custom(from, from.plusDays(ReportPeriod.MAX_DAYS - 1));
    assertEquals(
        "report.period.tooLong",
        assertThrows(
                BusinessException.class,
                () -> ReportPeriod.custom(from, from.plusDays(ReportPeriod.MAX_DAYS)))
            .key());
  }

  @Test
  void theShareWithinStandardLeavesOutUntimedSteps() {
    assertEquals(new BigDecimal("66.7"), WithinStandard.percent(2, 3));
    assertEquals(new BigDecimal("100.0"), WithinStandard.percent(4, 4));
    assertEquals(new BigDecimal("0.0"), WithinStandard.percent(0, 5));
    assertNull(WithinStandard.percent(0, 0), "nothing timed: no share");
    assertThrows(IllegalArgumentException.class, () -> WithinStandard.percent(3, 2));
  }
}
