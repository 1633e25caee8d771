package th.go.sesaoret.servicedesk.repair.infrastructure;

import com.lowagie.text.Document;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.pdf.ColumnText;
import com.lowagie.text.pdf.PdfPageEventHelper;
import com.lowagie.text.pdf.PdfWriter;

/** Prints the form's name, request number and page number at the foot of every page. */
final class PageFooter extends PdfPageEventHelper {

  private final String requestNumber;
  private final Font font;

  PageFooter(String requestNumber, Font font) {
    this.requestNumber = requestNumber;
    this.font = font;
  }

  @Override
  public void onEndPage(PdfWriter writer, Document document) {
    String text =
        RepairFormPdf.WORDS.text(
            "forms.repair.footer", requestNumber, String.valueOf(writer.getPageNumber()));
    ColumnText.showTextAligned(
        writer.getDirectContent(),
        Element.ALIGN_RIGHT,
        ThaiText.phrase(text, font),
        document.right(),
        document.bottom() - 18,
        0);
  }
}
