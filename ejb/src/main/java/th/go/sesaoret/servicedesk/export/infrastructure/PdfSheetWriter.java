package th.go.sesaoret.servicedesk.export.infrastructure;

import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import java.util.Locale;
import th.go.sesaoret.servicedesk.export.application.RowSource;
import th.go.sesaoret.servicedesk.export.application.SheetWriter;
import th.go.sesaoret.servicedesk.export.domain.CellKind;
import th.go.sesaoret.servicedesk.export.domain.Column;
import th.go.sesaoret.servicedesk.export.domain.SheetHeading;
import th.go.sesaoret.servicedesk.export.domain.ThaiLines;
import th.go.sesaoret.servicedesk.repair.infrastructure.ThaiFonts;
import th.go.sesaoret.servicedesk.shared.DateDisplay;

/**
 * A PDF to print or publish (OpenPDF with the bundled Thai font and its glyph layout): A4
 * landscape, the office's heading, dates in the Buddhist era in Thai, the column headings repeated
 * on every page. Thai has no spaces between words, so every text cell is broken into lines between
 * words ({@link ThaiLines}, measured with the font) before OpenPDF lays it out; the table is a
 * large element given to the document every 200 rows, so a long export is not held whole.
 */
public class PdfSheetWriter implements SheetWriter {
  static final float HEADING_SIZE = 9;
  static final float VALUE_SIZE = 9;
  static final float PADDING = 3;
  private static final int CHUNK = 200;

  @Override
  public <T> void write(
      SheetHeading heading,
      List<Column<T>> columns,
      RowSource<T> rows,
      Locale locale,
      OutputStream out)
      throws IOException {
    ThaiFonts fonts = ThaiFonts.get();
    Font title = new Font(fonts.bold(), 15);
    Font head = new Font(fonts.bold(), HEADING_SIZE);
    Font value = new Font(fonts.regular(), VALUE_SIZE);
    Font lead = new Font(fonts.regular(), 11);
    DateDisplay dates = DateDisplay.of(locale);
    Document document = new Document(PageSize.A4.rotate(), 28, 28, 28, 28);
    float[] widths = new float[columns.size()];
    float sum = 0;
    for (int c = 0; c < widths.length; c++) {
      widths[c] = columns.get(c).width();
      sum += widths[c];
    }
    float tableWidth = PageSize.A4.rotate().getWidth() - 56;
    float[] room = new float[widths.length];
    for (int c = 0; c < widths.length; c++) {
      room[c] = tableWidth * widths[c] / sum - 2 * PADDING - 1;
    }
    try {
      PdfWriter.getInstance(document, out);
      document.addTitle(heading.title());
      document.open();
      document.add(new Paragraph(heading.title(), title));
      if (heading.office() != null) {
        document.add(new Paragraph(heading.office(), lead));
      }
      for (String fact : heading.facts()) {
        document.add(new Paragraph(fact, lead));
      }
      if (heading.madeAt() != null) {
        document.add(
            new Paragraph(heading.madeAtLabel() + " " + dates.dateTime(heading.madeAt()), lead));
      }
      // a large element: added to the document every CHUNK rows, which writes those rows out and
      // keeps the headings for the next page
      PdfPTable table = table(widths, columns, head, fonts.bold(), room);
      table.setSpacingBefore(8);
      table.setComplete(false);
      int[] count = {0};
      rows.each(
          item -> {
            for (int c = 0; c < columns.size(); c++) {
              Column<T> column = columns.get(c);
              String text = Cells.shown(column.of(item), column.kind(), dates, locale);
              int align =
                  switch (column.kind()) {
                    case INTEGER, DECIMAL -> Element.ALIGN_RIGHT;
                    case DATE, DATE_TIME -> Element.ALIGN_CENTER;
                    case TEXT -> Element.ALIGN_LEFT;
                  };
              String shown =
                  column.kind() == CellKind.TEXT
                      ? ThaiLines.wrap(
                          text, room[c], s -> fonts.regular().getWidthPoint(s, VALUE_SIZE))
                      : text;
              table.addCell(cell(shown, value, align));
            }
            if (++count[0] % CHUNK == 0) {
              add(document, table);
            }
          });
      table.setComplete(true);
      add(document, table);
    } catch (DocumentException e) {
      throw new IOException(e);
    } finally {
      if (document.isOpen()) {
        document.close();
      }
    }
  }

  private static void add(Document document, PdfPTable table) {
    try {
      document.add(table);
    } catch (DocumentException e) {
      throw new IllegalStateException(e);
    }
  }

  private static <T> PdfPTable table(
      float[] widths, List<Column<T>> columns, Font head, BaseFont bold, float[] room) {
    PdfPTable table = new PdfPTable(widths);
    table.setWidthPercentage(100);
    table.setHeaderRows(1);
    for (int c = 0; c < columns.size(); c++) {
      String text = columns.get(c).heading();
      float size =
          ThaiLines.fittingSize(text, room[c], HEADING_SIZE, 6.5f, s -> bold.getWidthPoint(s, 9));
      table.addCell(
          cell(
              ThaiLines.wrap(text, room[c], s -> bold.getWidthPoint(s, size)),
              new Font(bold, size),
              Element.ALIGN_CENTER));
    }
    return table;
  }

  /** A column's heading broken between words to fit its cell (never inside a Thai word). */
  static String headingLines(String heading, float room, BaseFont bold) {
    return ThaiLines.wrap(heading, room, s -> bold.getWidthPoint(s, HEADING_SIZE));
  }

  private static PdfPCell cell(String text, Font font, int align) {
    PdfPCell cell = new PdfPCell(new Phrase(text, font));
    cell.setHorizontalAlignment(align);
    cell.setPadding(PADDING);
    return cell;
  }
}
