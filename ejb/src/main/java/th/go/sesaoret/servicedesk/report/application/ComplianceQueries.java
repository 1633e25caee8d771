package th.go.sesaoret.servicedesk.report.application;

import java.time.Instant;
import java.util.List;
import java.util.function.Consumer;
import th.go.sesaoret.servicedesk.report.domain.StepFigures;

/**
 * The compliance report's reads, computed by the database over the steps finished from {@code
 * start} (inclusive) to {@code end} (exclusive), cancellations left out.
 */
public interface ComplianceQueries {
  /** One aggregate per service and step key, in no order. */
  List<StepFigures> figures(Instant start, Instant end);

  /** The steps behind a figure, newest finish first, one page. */
  List<DrillRow> requests(
      Instant start,
      Instant end,
      String serviceCode,
      String stepKey,
      Figure figure,
      int first,
      int size);

  long countRequests(Instant start, Instant end, String serviceCode, String stepKey, Figure figure);

  /** Every step behind a figure, newest finish first, handed over one by one as read. */
  void eachRequest(
      Instant start,
      Instant end,
      String serviceCode,
      String stepKey,
      Figure figure,
      Consumer<DrillRow> row);
}
