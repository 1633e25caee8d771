package th.go.sesaoret.servicedesk.report.infrastructure;

import java.io.IOException;
import java.io.OutputStream;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import th.go.sesaoret.servicedesk.report.application.ComplianceLine;
import th.go.sesaoret.servicedesk.report.application.ComplianceSheet;
import th.go.sesaoret.servicedesk.report.application.ReportWords;
import th.go.sesaoret.servicedesk.report.domain.ReportPeriod;
import th.go.sesaoret.servicedesk.satisfaction.application.SatisfactionSummary;
import th.go.sesaoret.servicedesk.shared.DateDisplay;

/**
 * The report as an Excel workbook (Apache POI's streaming SXSSF: rows beyond a small window go to a
 * temporary file, so no whole sheet is held in memory): Thai (or English) headings, real number
 * cells (a share with one decimal, minutes as numbers), the heading rows and the column row frozen.
 */
public class XlsxComplianceSheet implements ComplianceSheet {
  /** The rows above the column headings: title, office, period, computed at, a blank. */
  public static final int HEADER_ROW = 5;

  /** The second sheet: the survey's figures per service, headings in the first row. */
  private static void writeSatisfaction(
      SXSSFWorkbook book,
      ReportWords words,
      List<SatisfactionSummary> satisfaction,
      CellStyle heading,
      CellStyle whole,
      CellStyle decimal) {
    SXSSFSheet sheet = book.createSheet(words.text("report.satisfaction.sheet"));
    Row head = sheet.createRow(0);
    for (int c = 0; c < SATISFACTION_COLUMNS.size(); c++) {
      head.createCell(c).setCellValue(words.text(SATISFACTION_COLUMNS.get(c)));
      head.getCell(c).setCellStyle(heading);
    }
    int r = 1;
    for (SatisfactionSummary s : satisfaction) {
      Row row = sheet.createRow(r++);
      row.createCell(0).setCellValue(s.serviceName());
      Number[] numbers = ComplianceSheet.numbers(s);
      for (int i = 0; i < numbers.length; i++) {
        if (numbers[i] != null) {
          var cell = row.createCell(1 + i);
          cell.setCellValue(numbers[i].doubleValue());
          boolean fraction =
              numbers[i] instanceof Double || numbers[i] instanceof java.math.BigDecimal;
          cell.setCellStyle(fraction ? decimal : whole);
        }
      }
    }
    sheet.setColumnWidth(0, 50 * 256);
    for (int c = 1; c < SATISFACTION_COLUMNS.size(); c++) {
      sheet.setColumnWidth(c, 16 * 256);
    }
  }

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
    SXSSFWorkbook book = new SXSSFWorkbook(100);
    try {
      SXSSFSheet sheet = book.createSheet(words.text("report.export.sheet"));
      Font bold = book.createFont();
      bold.setBold(true);
      CellStyle heading = book.createCellStyle();
      heading.setFont(bold);
      heading.setWrapText(true);
      CellStyle whole = book.createCellStyle();
      whole.setDataFormat(book.createDataFormat().getFormat("#,##0"));
      CellStyle decimal = book.createCellStyle();
      decimal.setDataFormat(book.createDataFormat().getFormat("#,##0.0"));

      Row title = sheet.createRow(0);
      title.createCell(0).setCellValue(words.text("report.title"));
      title.getCell(0).setCellStyle(heading);
      sheet.createRow(1).createCell(0).setCellValue(words.text("report.office"));
      Row when = sheet.createRow(2);
      when.createCell(0).setCellValue(words.text("report.export.period"));
      when.createCell(1).setCellValue(words.period(period));
      Row computed = sheet.createRow(3);
      computed.createCell(0).setCellValue(words.text("report.export.computedAt"));
      computed.createCell(1).setCellValue(DateDisplay.of(locale).dateTime(computedAt));

      Row head = sheet.createRow(HEADER_ROW);
      for (int c = 0; c < COLUMNS.size(); c++) {
        head.createCell(c).setCellValue(words.text(COLUMNS.get(c)));
        head.getCell(c).setCellStyle(heading);
      }
      int r = HEADER_ROW + 1;
      for (ComplianceLine line : lines) {
        Row row = sheet.createRow(r++);
        row.createCell(0).setCellValue(line.serviceName());
        row.createCell(1).setCellValue(line.stepOrder());
        row.createCell(2).setCellValue(line.stepName());
        row.createCell(3).setCellValue(line.standard());
        Number[] numbers = ComplianceSheet.numbers(line);
        for (int i = 0; i < numbers.length; i++) {
          if (numbers[i] != null) {
            var cell = row.createCell(4 + i);
            cell.setCellValue(numbers[i].doubleValue());
            boolean fraction =
                numbers[i] instanceof Double || numbers[i] instanceof java.math.BigDecimal;
            cell.setCellStyle(fraction ? decimal : whole);
          }
        }
      }
      sheet.createFreezePane(3, HEADER_ROW + 1);
      sheet.setColumnWidth(0, 40 * 256);
      sheet.setColumnWidth(2, 50 * 256);
      sheet.setColumnWidth(3, 18 * 256);
      for (int c = 4; c < COLUMNS.size(); c++) {
        sheet.setColumnWidth(c, 14 * 256);
      }
      writeSatisfaction(book, words, satisfaction, heading, whole, decimal);
      book.write(out);
    } finally {
      book.close();
      book.dispose();
    }
  }
}
