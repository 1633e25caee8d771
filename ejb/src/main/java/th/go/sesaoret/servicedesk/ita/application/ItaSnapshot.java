package th.go.sesaoret.servicedesk.ita.application;

import java.io.Serial;
import java.io.Serializable;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import th.go.sesaoret.servicedesk.report.application.ComplianceLine;
import th.go.sesaoret.servicedesk.report.domain.ReportPeriod;
import th.go.sesaoret.servicedesk.satisfaction.application.SatisfactionSummary;

/**
 * The published figures of one period as computed at one moment, in both languages (the same
 * figures; the services' and steps' names differ): the page and every download show this.
 */
public record ItaSnapshot(
    ReportPeriod period,
    Instant computedAt,
    List<ComplianceLine> thaiLines,
    List<ComplianceLine> englishLines,
    List<SatisfactionSummary> thaiSatisfaction,
    List<SatisfactionSummary> englishSatisfaction)
    implements Serializable {
  @Serial private static final long serialVersionUID = 1L;

  public List<ComplianceLine> lines(Locale locale) {
    return english(locale) ? englishLines : thaiLines;
  }

  public List<SatisfactionSummary> satisfaction(Locale locale) {
    return english(locale) ? englishSatisfaction : thaiSatisfaction;
  }

  private static boolean english(Locale locale) {
    return locale != null && "en".equals(locale.getLanguage());
  }
}
