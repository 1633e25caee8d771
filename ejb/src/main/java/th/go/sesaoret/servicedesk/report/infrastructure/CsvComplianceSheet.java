package th.go.sesaoret.servicedesk.report.infrastructure;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import th.go.sesaoret.servicedesk.report.application.ComplianceLine;
import th.go.sesaoret.servicedesk.report.application.ComplianceSheet;
import th.go.sesaoret.servicedesk.report.application.ReportWords;
import th.go.sesaoret.servicedesk.report.domain.ReportPeriod;
import th.go.sesaoret.servicedesk.satisfaction.application.SatisfactionSummary;
import th.go.sesaoret.servicedesk.shared.DateDisplay;

/**
 * The report as CSV (Apache Commons CSV, RFC 4180), UTF-8 with a byte order mark so that Excel
 * opens the Thai words; written row by row as it goes. Numbers in plain notation (a dot for the
 * decimals, no grouping) so a spreadsheet reads them as numbers.
 */
public class CsvComplianceSheet implements ComplianceSheet {
  @Override
  public void write(
      List<ComplianceLine> lines,
      List<SatisfactionSummary> satisfaction,
      ReportPeriod period,
      Instant computedAt,
      Locale locale,
      OutputStream out)
      throws IOException {
    ReportWords words = ReportWords.of(locale);
    Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
    writer.write('\uFEFF');
    CSVPrinter csv = new CSVPrinter(writer, CSVFormat.RFC4180);
    csv.printRecord(words.text("report.title"));
    csv.printRecord(words.text("report.office"));
    csv.printRecord(words.text("report.export.period"), words.period(period));
    csv.printRecord(
        words.text("report.export.computedAt"), DateDisplay.of(locale).dateTime(computedAt));
    csv.println();
    csv.printRecord(COLUMNS.stream().map(words::text).toList());
    for (ComplianceLine line : lines) {
      List<Object> cells = new ArrayList<>();
      cells.add(line.serviceName());
      cells.add(line.stepOrder());
      cells.add(line.stepName());
      cells.add(line.standard());
      for (Number n : ComplianceSheet.numbers(line)) {
        cells.add(plain(n));
      }
      csv.printRecord(cells);
    }
    csv.println();
    csv.printRecord(words.text("report.satisfaction.sheet"));
    csv.printRecord(SATISFACTION_COLUMNS.stream().map(words::text).toList());
    for (SatisfactionSummary s : satisfaction) {
      List<Object> cells = new ArrayList<>();
      cells.add(s.serviceName());
      for (Number n : ComplianceSheet.numbers(s)) {
        cells.add(plain(n));
      }
      csv.printRecord(cells);
    }
    csv.flush();
  }

  private static String plain(Number n) {
    if (n == null) {
      return "";
    }
    if (n instanceof Double d) {
      return BigDecimal.valueOf(d).stripTrailingZeros().toPlainString();
    }
    if (n instanceof BigDecimal b) {
      return b.toPlainString();
    }
    return n.toString();
  }
}
