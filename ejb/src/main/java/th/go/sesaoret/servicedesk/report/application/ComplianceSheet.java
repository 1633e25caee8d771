package th.go.sesaoret.servicedesk.report.application;

import java.io.IOException;
import java.io.OutputStream;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import th.go.sesaoret.servicedesk.report.domain.ReportPeriod;
import th.go.sesaoret.servicedesk.satisfaction.application.SatisfactionSummary;

/**
 * Writes the compliance report as a file: the office's heading, the period, when it was computed,
 * then one row per step with the manual's standard next to its figures (numbers as numbers).
 */
public interface ComplianceSheet {
  void write(
      List<ComplianceLine> lines,
      List<SatisfactionSummary> satisfaction,
      ReportPeriod period,
      Instant computedAt,
      Locale locale,
      OutputStream out)
      throws IOException;

  /** The satisfaction block's columns' bundle keys, in order. */
  List<String> SATISFACTION_COLUMNS =
      List.of(
          "report.column.service",
          "report.satisfaction.answers",
          "report.satisfaction.SPEED",
          "report.satisfaction.COURTESY",
          "report.satisfaction.CLARITY",
          "report.satisfaction.RESULT",
          "report.satisfaction.OVERALL",
          "report.satisfaction.satisfied",
          "report.satisfaction.percent");

  /** A satisfaction row's cells after the service's name: numbers, null where none. */
  static Number[] numbers(SatisfactionSummary s) {
    return new Number[] {
      s.answers(),
      s.speed(),
      s.courtesy(),
      s.clarity(),
      s.result(),
      s.overall(),
      s.satisfied(),
      s.percentSatisfied()
    };
  }

  /** The columns' bundle keys, in order. */
  List<String> COLUMNS =
      List.of(
          "report.column.service",
          "report.column.stepOrder",
          "report.column.step",
          "report.column.standard",
          "report.column.standardMinutes",
          "report.column.finished",
          "report.column.timed",
          "report.column.within",
          "report.column.percent",
          "report.column.late",
          "report.column.median",
          "report.column.p90",
          "report.column.returns",
          "report.column.rejections",
          "report.column.paused");

  /**
   * A line's cells after its four words (service, step number, step, standard): numbers, null where
   * there is none (no share, no percentile).
   */
  static Number[] numbers(ComplianceLine line) {
    var f = line.figures();
    return new Number[] {
      line.standardMinutes(),
      f.finished(),
      f.timed(),
      f.withinStandard(),
      f.percentWithinStandard(),
      f.late(),
      f.medianMinutes(),
      f.p90Minutes(),
      f.returns(),
      f.rejections(),
      f.pausedMinutes()
    };
  }
}
