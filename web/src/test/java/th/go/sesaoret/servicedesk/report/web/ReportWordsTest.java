package th.go.sesaoret.servicedesk.report.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import th.go.sesaoret.servicedesk.report.application.Figure;
import th.go.sesaoret.servicedesk.report.application.ReportWords;
import th.go.sesaoret.servicedesk.report.domain.FiscalYear;
import th.go.sesaoret.servicedesk.report.domain.PeriodKind;
import th.go.sesaoret.servicedesk.report.domain.ReportPeriod;
import th.go.sesaoret.servicedesk.shared.BusinessException;

/**
 * The report's words: every refusal of the report, every period kind, figure and text its page asks
 * for in both languages; its period in B.E. in Thai, A.D. in English; the downloads' period
 * parameters read back to the same period and refuse anything else.
 */
class ReportWordsTest {
  private static final Locale THAI = Locale.forLanguageTag("th");
  private static final Path EJB_REPORT =
      Path.of("..", "ejb", "src", "main", "java", "th", "go", "sesaoret", "servicedesk", "report");
  private static final Path PAGE = Path.of("src", "main", "webapp", "report", "compliance.xhtml");
  private static final Pattern THROWN =
      Pattern.compile("BusinessException\\(\\s*\"(report\\.[^\"]+)\"");
  private static final Pattern ON_PAGE = Pattern.compile("msg\\['(report\\.[^']+)'\\]");

  private static TreeSet<String> keys() throws IOException {
    TreeSet<String> keys = new TreeSet<>();
    try (Stream<Path> s = Files.walk(EJB_REPORT)) {
      for (Path f : s.filter(p -> p.toString().endsWith(".java")).toList()) {
        Matcher m = THROWN.matcher(Files.readString(f));
        while (m.find()) {
          keys.add(m.group(1));
        }
      }
    }
    Matcher m = ON_PAGE.matcher(Files.readString(PAGE));
    while (m.find()) {
      keys.add(m.group(1));
    }
    keys.add("report.period.invalid");
    keys.add("menu.report");
    for (PeriodKind k : PeriodKind.values()) {
      keys.add(k.labelKey());
    }
    for (Figure f : Figure.values()) {
      keys.add(f.labelKey());
    }
    return keys;
  }

  @Test
  void everyWordIsInBothLanguages() throws IOException {
    TreeSet<String> keys = keys();
    assertTrue(keys.contains("report.period.tooLong"), keys.toString());
    for (Locale locale : new Locale[] {THAI, Locale.ENGLISH}) {
      ResourceBundle bundle = ResourceBundle.getBundle("messages", locale);
      for (String key : keys) {
        assertTrue(bundle.containsKey(key), locale + ": " + key);
        assertFalse(bundle.getString(key).isBlank(), locale + ": " + key);
      }
    }
  }

  @Test
  void theExportsWordsAreInBothLanguages() {
    ResourceBundle th =
        ResourceBundle.getBundle(
            "report",
            THAI,
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    ResourceBundle en =
        ResourceBundle.getBundle(
            "report",
            Locale.ENGLISH,
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    assertEquals(new TreeSet<>(th.keySet()), new TreeSet<>(en.keySet()));
  }

  @Test
  void aPeriodIsWrittenInTheReadersCalendar() {
    ReportPeriod fy = ReportPeriod.fiscalYear(new FiscalYear(2570));
    assertEquals(
        "ปีงบประมาณ พ.ศ. 2570 (1 ต.ค. 2569 - 30 ก.ย. 2570)", ReportWords.of(THAI).period(fy));
    assertEquals(
        "Fiscal year 2027 (1 Oct 2026 - 30 Sep 2027)", ReportWords.of(Locale.ENGLISH).period(fy));
    assertEquals(
        "ครึ่งปีหลัง ปีงบประมาณ พ.ศ. 2570 (1 เม.ย. 2570 - 30 ก.ย. 2570)",
        ReportWords.of(THAI).period(ReportPeriod.half(new FiscalYear(2570), 2)));
  }

  @Test
  void theDownloadsParametersReadBackToTheSamePeriod() {
    for (ReportPeriod p :
        new ReportPeriod[] {
          ReportPeriod.fiscalYear(new FiscalYear(2569)),
          ReportPeriod.half(new FiscalYear(2570), 1),
          ReportPeriod.month(YearMonth.of(2026, 12)),
          ReportPeriod.custom(LocalDate.of(2026, 11, 3), LocalDate.of(2026, 12, 1))
        }) {
      Map<String, String> params = PeriodParams.of(p);
      assertEquals(p, PeriodParams.parse(params::get));
    }
    for (Map<String, String> bad :
        new Map[] {
          Map.of(),
          Map.of("kind", "YEAR"),
          Map.of("kind", "FISCAL_YEAR", "year", "abc"),
          Map.of("kind", "FISCAL_YEAR", "year", "99999"),
          Map.of("kind", "HALF_YEAR", "year", "2570", "half", "3"),
          Map.of("kind", "CUSTOM", "from", "2026-12-02", "to", "2026-12-01"),
          Map.of("kind", "MONTH", "month", "x".repeat(21))
        }) {
      BusinessException e =
          assertThrows(BusinessException.class, () -> PeriodParams.parse(bad::get), bad.toString());
      assertTrue(e.key().startsWith("report.period."), e.key());
    }
  }
}
