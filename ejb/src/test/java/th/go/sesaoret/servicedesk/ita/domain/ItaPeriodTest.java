package th.go.sesaoret.servicedesk.ita.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import th.go.sesaoret.servicedesk.report.domain.FiscalYear;
import th.go.sesaoret.servicedesk.report.domain.ReportPeriod;

/** The published ITA periods: the current and previous fiscal year, their started halves. */
class ItaPeriodTest {
  /** 2 December 2026 is in fiscal year 2570 (1 Oct 2026 - 30 Sep 2027), its first half. */
  private static final LocalDate TODAY = LocalDate.of(2026, 12, 2);

  @Test
  void noYearIsTheCurrentFiscalYear() {
    assertEquals(
        ReportPeriod.fiscalYear(new FiscalYear(2570)), ItaPeriod.of("", TODAY).orElseThrow());
  }

  @Test
  void theCurrentAndThePreviousYearAndTheirHalvesArePublished() {
    assertEquals(LocalDate.of(2025, 10, 1), ItaPeriod.of("2569", TODAY).orElseThrow().firstDay());
    assertEquals(LocalDate.of(2026, 3, 31), ItaPeriod.of("2569/h1", TODAY).orElseThrow().lastDay());
    assertEquals(LocalDate.of(2026, 4, 1), ItaPeriod.of("2569/h2", TODAY).orElseThrow().firstDay());
    assertEquals(LocalDate.of(2027, 3, 31), ItaPeriod.of("2570/h1", TODAY).orElseThrow().lastDay());
  }

  @Test
  void otherYearsAHalfNotStartedAndOddPathsAreUnknown() {
    for (String path :
        List.of("2568", "2571", "2570/h2", "2570/h3", "2570/", "25700", "abcd", "2570/h1/x")) {
      assertTrue(ItaPeriod.of(path, TODAY).isEmpty(), path);
    }
    assertTrue(ItaPeriod.of("2570/h2", LocalDate.of(2027, 4, 1)).isPresent());
  }

  @Test
  void thePublishedPeriodsNewestYearFirstWithTheirPaths() {
    List<String> paths = ItaPeriod.published(TODAY).stream().map(ItaPeriod::path).toList();

    assertEquals(List.of("2570", "2570/h1", "2569", "2569/h1", "2569/h2"), paths);
  }
}
