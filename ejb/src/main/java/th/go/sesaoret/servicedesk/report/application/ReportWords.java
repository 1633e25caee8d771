package th.go.sesaoret.servicedesk.report.application;

import java.util.Locale;
import th.go.sesaoret.servicedesk.report.domain.FiscalYear;
import th.go.sesaoret.servicedesk.report.domain.ReportPeriod;
import th.go.sesaoret.servicedesk.shared.DateDisplay;
import th.go.sesaoret.servicedesk.shared.Wording;

/**
 * The report's words (bundle {@code report}): its period as the office writes it, e.g. "ปีงบประมาณ
 * พ.ศ. 2570 (1 ต.ค. 2569 - 30 ก.ย. 2570)" in Thai and "Fiscal year 2027 (1 Oct 2026 - 30 Sep 2027)"
 * in English (Buddhist era in Thai, A.D. in English), and the exports' headings.
 */
public final class ReportWords {
  private final Wording words;
  private final DateDisplay dates;
  private final boolean thai;

  private ReportWords(Locale locale) {
    this.words = Wording.of("report", locale);
    this.dates = DateDisplay.of(locale);
    this.thai = locale == null || !"en".equals(locale.getLanguage());
  }

  public static ReportWords of(Locale locale) {
    return new ReportWords(locale);
  }

  public String text(String key, Object... args) {
    return words.text(key, args);
  }

  /** The period's name and its days. */
  public String period(ReportPeriod period) {
    String days = dates.date(period.firstDay()) + " - " + dates.date(period.lastDay());
    return switch (period.kind()) {
      case FISCAL_YEAR -> words.text("report.period.fiscalYear", year(period.year()), days);
      case HALF_YEAR -> words.text("report.period.half" + period.half(), year(period.year()), days);
      case MONTH, CUSTOM -> days;
    };
  }

  /** A fiscal year's number as shown: B.E. in Thai, its A.D. ending year in English. */
  public String year(int buddhistYear) {
    return String.valueOf(thai ? buddhistYear : buddhistYear - FiscalYear.BUDDHIST_OFFSET);
  }
}
