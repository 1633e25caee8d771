package th.go.sesaoret.servicedesk.repair.infrastructure;

import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import java.awt.Color;

/**
 * One section of a paper form: a borderless four-column table (label, value, label, value) with a
 * shaded heading, Thai made breakable, a missing value printed as a dotted blank. Rows may split
 * across pages, so a long text flows on instead of being cut.
 */
final class FormTable {

  /** What a form shows where a value is to be filled in by hand. */
  static final String BLANK = "................";

  private static final float[] COLUMNS = {1.5f, 2.4f, 1.4f, 2.2f};
  private static final Color HEADING_SHADE = new Color(0xE8, 0xE8, 0xE8);

  private final PdfPTable table = new PdfPTable(COLUMNS);
  private final Font label;
  private final Font value;

  FormTable(Font label, Font value) {
    this.label = label;
    this.value = value;
    table.setWidthPercentage(100);
    table.setSplitLate(false);
    table.setSpacingBefore(6);
  }

  PdfPTable table() {
    return table;
  }

  FormTable heading(String text, Font font) {
    PdfPCell cell = cell(text, font, 4);
    cell.setBackgroundColor(HEADING_SHADE);
    cell.setPaddingTop(2);
    cell.setPaddingBottom(5);
    table.addCell(cell);
    return this;
  }

  /** Two label-value pairs side by side. */
  FormTable pair(String label1, String value1, String label2, String value2) {
    table.addCell(cell(label1, label, 1));
    table.addCell(cell(orBlank(value1), value, 1));
    table.addCell(cell(label2, label, 1));
    table.addCell(cell(orBlank(value2), value, 1));
    return this;
  }

  /** One label with its value across the rest of the row. */
  FormTable row(String label1, String value1) {
    table.addCell(cell(label1, label, 1));
    table.addCell(cell(orBlank(value1), value, 3));
    return this;
  }

  /** A signature block in the right half: the dotted line and the name in brackets under it. */
  FormTable signature(String role, String name) {
    table.addCell(cell("", value, 2));
    PdfPCell cell =
        cell(RepairFormPdf.WORDS.text("forms.signature.line", BLANK + BLANK, role), value, 2);
    cell.setHorizontalAlignment(Element.ALIGN_CENTER);
    cell.setPaddingTop(14);
    table.addCell(cell);
    table.addCell(cell("", value, 2));
    PdfPCell under = cell("(" + (name == null ? BLANK + BLANK : name) + ")", value, 2);
    under.setHorizontalAlignment(Element.ALIGN_CENTER);
    table.addCell(under);
    return this;
  }

  static PdfPCell cell(String text, Font font, int colspan) {
    PdfPCell cell = new PdfPCell(ThaiText.phrase(text, font));
    cell.setColspan(colspan);
    cell.setBorder(Rectangle.NO_BORDER);
    cell.setLeading(0, 1.3f);
    cell.setPaddingTop(0);
    cell.setPaddingBottom(4);
    cell.setUseAscender(true);
    return cell;
  }

  static String orBlank(String text) {
    return text == null || text.isBlank() ? BLANK : text;
  }
}
