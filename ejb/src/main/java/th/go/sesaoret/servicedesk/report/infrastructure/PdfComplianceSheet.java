package th.go.sesaoret.servicedesk.report.infrastructure;

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
import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import th.go.sesaoret.servicedesk.export.domain.ThaiLines;
import th.go.sesaoret.servicedesk.repair.infrastructure.ThaiFonts;
import th.go.sesaoret.servicedesk.report.application.ComplianceLine;
import th.go.sesaoret.servicedesk.report.application.ComplianceSheet;
import th.go.sesaoret.servicedesk.report.application.ReportWords;
import th.go.sesaoret.servicedesk.report.domain.ReportPeriod;
import th.go.sesaoret.servicedesk.satisfaction.application.SatisfactionSummary;
import th.go.sesaoret.servicedesk.shared.DateDisplay;

/**
 * The report as a PDF to print or publish (OpenPDF with the bundled Thai font and its glyph layout,
 * as the repair form): A4 landscape, the office's heading, the period in the Buddhist era (Thai),
 * when computed, the table per step, then the satisfaction figures. Written to the stream as it is
 * laid out.
 */
public class PdfComplianceSheet implements ComplianceSheet {
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
    ThaiFonts fonts = ThaiFonts.get();
    Font title = new Font(fonts.bold(), 15);
    Font value = new Font(fonts.regular(), 9);
    Font lead = new Font(fonts.regular(), 11);
    NumberFormat number = NumberFormat.getNumberInstance(Locale.ROOT);
    number.setMaximumFractionDigits(1);
    number.setGroupingUsed(true);
    Document document = new Document(PageSize.A4.rotate(), 28, 28, 28, 28);
    try {
      PdfWriter.getInstance(document, out);
      document.addTitle(words.text("report.title"));
      document.open();
      document.add(new Paragraph(words.text("report.title"), title));
      document.add(new Paragraph(words.text("report.office"), lead));
      document.add(
          new Paragraph(words.text("report.export.period") + " " + words.period(period), lead));
      document.add(
          new Paragraph(
              words.text("report.export.computedAt")
                  + " "
                  + DateDisplay.of(locale).dateTime(computedAt),
              lead));

      float[] widths = {3.2f, 0.6f, 4.2f, 1.3f, 1, 1, 1, 1, 1, 1, 1.1f, 1.1f, 1, 1, 1.1f};
      float[] room = room(widths);
      PdfPTable table = new PdfPTable(widths);
      table.setWidthPercentage(100);
      table.setSpacingBefore(8);
      table.setHeaderRows(1);
      for (int c = 0; c < COLUMNS.size(); c++) {
        table.addCell(headingCell(words.text(COLUMNS.get(c)), room[c], fonts.bold()));
      }
      for (ComplianceLine line : lines) {
        table.addCell(
            cell(wrap(line.serviceName(), room[0], fonts.regular()), value, Element.ALIGN_LEFT));
        table.addCell(cell(String.valueOf(line.stepOrder()), value, Element.ALIGN_CENTER));
        table.addCell(
            cell(wrap(line.stepName(), room[2], fonts.regular()), value, Element.ALIGN_LEFT));
        table.addCell(
            cell(wrap(line.standard(), room[3], fonts.regular()), value, Element.ALIGN_CENTER));
        for (Number n : ComplianceSheet.numbers(line)) {
          table.addCell(cell(shown(n, number), value, Element.ALIGN_RIGHT));
        }
      }
      document.add(table);

      document.add(new Paragraph(" ", lead));
      document.add(new Paragraph(words.text("report.satisfaction.sheet"), title));
      float[] surveyWidths = {5, 1, 1, 1, 1, 1, 1, 1, 1};
      float[] surveyRoom = room(surveyWidths);
      PdfPTable survey = new PdfPTable(surveyWidths);
      survey.setWidthPercentage(100);
      survey.setSpacingBefore(6);
      survey.setHeaderRows(1);
      for (int c = 0; c < SATISFACTION_COLUMNS.size(); c++) {
        survey.addCell(
            headingCell(words.text(SATISFACTION_COLUMNS.get(c)), surveyRoom[c], fonts.bold()));
      }
      NumberFormat mean = NumberFormat.getNumberInstance(Locale.ROOT);
      mean.setMinimumFractionDigits(0);
      mean.setMaximumFractionDigits(2);
      for (SatisfactionSummary s : satisfaction) {
        survey.addCell(cell(s.serviceName(), value, Element.ALIGN_LEFT));
        for (Number n : ComplianceSheet.numbers(s)) {
          survey.addCell(cell(shown(n, mean), value, Element.ALIGN_RIGHT));
        }
      }
      document.add(survey);
    } catch (DocumentException e) {
      throw new IOException(e);
    } finally {
      if (document.isOpen()) {
        document.close();
      }
    }
  }

  /** Each column's room for text in points (A4 landscape less the margins and the padding). */
  private static float[] room(float[] widths) {
    float sum = 0;
    for (float w : widths) {
      sum += w;
    }
    float page = PageSize.A4.rotate().getWidth() - 56;
    float[] room = new float[widths.length];
    for (int c = 0; c < widths.length; c++) {
      room[c] = page * widths[c] / sum - 2 * 3 - 1;
    }
    return room;
  }

  /**
   * {@code text} broken into lines between words (Thai has no spaces; {@link ThaiLines} finds its
   * word boundaries), so that OpenPDF never has to break a word in the middle.
   */
  static String wrap(String text, float room, BaseFont font) {
    return wrap(text, room, font, 9);
  }

  static String wrap(String text, float room, BaseFont font, float size) {
    return ThaiLines.wrap(text, room, s -> font.getWidthPoint(s, size));
  }

  /**
   * A column's heading: bold, broken between words, in a size at which its widest word fits the
   * column (9 pt, down to 6.5 pt for a narrow column's long word).
   */
  static PdfPCell headingCell(String text, float room, BaseFont bold) {
    float size = ThaiLines.fittingSize(text, room, 9, 6.5f, s -> bold.getWidthPoint(s, 9));
    return cell(wrap(text, room, bold, size), new Font(bold, size), Element.ALIGN_CENTER);
  }

  private static String shown(Number n, NumberFormat format) {
    if (n == null) {
      return "-";
    }
    return n instanceof BigDecimal b ? b.toPlainString() : format.format(n);
  }

  private static PdfPCell cell(String text, Font font, int align) {
    PdfPCell cell = new PdfPCell(new Phrase(text, font));
    cell.setHorizontalAlignment(align);
    cell.setPadding(3);
    return cell;
  }
}
