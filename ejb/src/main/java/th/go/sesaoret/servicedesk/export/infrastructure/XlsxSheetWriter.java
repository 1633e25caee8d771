package th.go.sesaoret.servicedesk.export.infrastructure;

import java.io.IOException;
import java.io.OutputStream;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Locale;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.WorkbookUtil;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import th.go.sesaoret.servicedesk.export.application.RowSource;
import th.go.sesaoret.servicedesk.export.application.SheetWriter;
import th.go.sesaoret.servicedesk.export.domain.CellKind;
import th.go.sesaoret.servicedesk.export.domain.Column;
import th.go.sesaoret.servicedesk.export.domain.SheetHeading;
import th.go.sesaoret.servicedesk.shared.DateDisplay;

/**
 * An Excel workbook by Apache POI's streaming SXSSF (rows beyond a window of 100 go to a temporary
 * file, so no sheet is held whole): the heading rows, the column headings (bold, wrapped, frozen),
 * then real cells: numbers as numbers, dates as date cells with a Buddhist-era format in Thai
 * ({@code [$-107041E]}: Thai locale, Thai Buddhist calendar), A.D. in English.
 */
public class XlsxSheetWriter implements SheetWriter {
  /** Thai locale (041E) with the Thai Buddhist calendar (07): Excel shows the year as B.E. */
  public static final String THAI_DATE = "[$-107041E]d mmm yyyy";

  public static final String THAI_DATE_TIME = "[$-107041E]d mmm yyyy hh:mm";
  public static final String DATE = "d mmm yyyy";
  public static final String DATE_TIME = "d mmm yyyy hh:mm";

  @Override
  public <T> void write(
      SheetHeading heading,
      List<Column<T>> columns,
      RowSource<T> rows,
      Locale locale,
      OutputStream out)
      throws IOException {
    boolean thai = locale == null || !"en".equals(locale.getLanguage());
    SXSSFWorkbook book = new SXSSFWorkbook(100);
    try {
      SXSSFSheet sheet = book.createSheet(WorkbookUtil.createSafeSheetName(heading.title()));
      Font bold = book.createFont();
      bold.setBold(true);
      CellStyle head = book.createCellStyle();
      head.setFont(bold);
      head.setWrapText(true);
      var formats = book.createDataFormat();
      CellStyle whole = book.createCellStyle();
      whole.setDataFormat(formats.getFormat("#,##0"));
      CellStyle decimal = book.createCellStyle();
      decimal.setDataFormat(formats.getFormat("#,##0.0#"));
      CellStyle date = book.createCellStyle();
      date.setDataFormat(formats.getFormat(thai ? THAI_DATE : DATE));
      CellStyle dateTime = book.createCellStyle();
      dateTime.setDataFormat(formats.getFormat(thai ? THAI_DATE_TIME : DATE_TIME));

      int r = 0;
      Row title = sheet.createRow(r++);
      title.createCell(0).setCellValue(heading.title());
      title.getCell(0).setCellStyle(head);
      if (heading.office() != null) {
        sheet.createRow(r++).createCell(0).setCellValue(heading.office());
      }
      for (String fact : heading.facts()) {
        sheet.createRow(r++).createCell(0).setCellValue(fact);
      }
      if (heading.madeAt() != null) {
        Row made = sheet.createRow(r++);
        made.createCell(0).setCellValue(heading.madeAtLabel());
        Cell at = made.createCell(1);
        at.setCellValue(Cells.local(heading.madeAt()));
        at.setCellStyle(dateTime);
      }
      r++;
      Row names = sheet.createRow(r++);
      for (int c = 0; c < columns.size(); c++) {
        Cell cell = names.createCell(c);
        cell.setCellValue(columns.get(c).heading());
        cell.setCellStyle(head);
        sheet.setColumnWidth(c, (int) Math.min(255, 12 * columns.get(c).width()) * 256);
      }
      sheet.createFreezePane(0, r);
      int[] next = {r};
      rows.each(
          item -> {
            Row row = sheet.createRow(next[0]++);
            for (int c = 0; c < columns.size(); c++) {
              Column<T> column = columns.get(c);
              Object value = column.of(item);
              if (value == null) {
                continue;
              }
              Cell cell = row.createCell(c);
              CellKind kind = column.kind();
              if ((kind == CellKind.INTEGER || kind == CellKind.DECIMAL)
                  && value instanceof Number n) {
                cell.setCellValue(n.doubleValue());
                cell.setCellStyle(kind == CellKind.INTEGER ? whole : decimal);
              } else if ((kind == CellKind.DATE || kind == CellKind.DATE_TIME)
                  && Cells.local(value) != null) {
                LocalDateTime t = Cells.local(value);
                cell.setCellValue(kind == CellKind.DATE ? t.toLocalDate().atStartOfDay() : t);
                cell.setCellStyle(kind == CellKind.DATE ? date : dateTime);
              } else {
                cell.setCellValue(Cells.shown(value, kind, DateDisplay.of(locale), locale));
              }
            }
          });
      book.write(out);
    } finally {
      book.close();
      book.dispose();
    }
  }
}
