package th.go.sesaoret.servicedesk.repair.infrastructure;

import com.lowagie.text.Document;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.Image;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.ByteArrayOutputStream;
import java.util.Objects;
import th.go.sesaoret.servicedesk.repair.application.RepairFormPrinter;
import th.go.sesaoret.servicedesk.repair.application.RepairSheet;
import th.go.sesaoret.servicedesk.shared.Wording;

/**
 * Prints the paper repair form (แบบแจ้งซ่อมอุปกรณ์คอมพิวเตอร์และซอฟต์แวร์) as an A4 PDF: the header
 * with the request number and a QR code of the request's link at the top right, then the four parts
 * of the form (requester, clerk's receipt, approval and order, result of the repair). One page for
 * a usual symptom; a long symptom flows on to the next page. Safe to share between threads.
 */
@ApplicationScoped
public class RepairFormPdf implements RepairFormPrinter {

  /** Every word of the paper form (bundle {@code forms_th}): the office's paper is in Thai. */
  static final Wording WORDS = Wording.thai("forms");

  private static final float QR_SIZE = 92;

  /**
   * The form for {@code sheet}, as the bytes of a PDF document.
   *
   * @throws NullPointerException if the sheet has no link: the QR code needs one
   */
  @Override
  public byte[] render(RepairSheet sheet) {
    Objects.requireNonNull(sheet.link(), "link");
    ThaiFonts fonts = ThaiFonts.get();
    Font title = new Font(fonts.bold(), 18);
    Font heading = new Font(fonts.bold(), 14);
    Font label = new Font(fonts.bold(), 13);
    Font value = new Font(fonts.regular(), 13);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    Document document = new Document(PageSize.A4, 48, 48, 36, 36);
    PdfWriter writer = PdfWriter.getInstance(document, out);
    writer.setPageEvent(
        new PageFooter(FormTable.orBlank(sheet.requestNumber()), new Font(fonts.regular(), 10)));
    document.addTitle(WORDS.text("forms.repair.title") + " " + sheet.requestNumber());
    document.open();
    document.add(header(sheet, writer.getDirectContent(), title, heading, value));
    document.add(requester(sheet, heading, label, value));
    document.add(receipt(sheet, heading, label, value));
    document.add(decision(sheet, heading, label, value));
    document.add(result(sheet, heading, label, value));
    document.close();
    return out.toByteArray();
  }

  private static PdfPTable header(
      RepairSheet sheet, PdfContentByte canvas, Font title, Font heading, Font value) {
    PdfPTable table = new PdfPTable(new float[] {3.6f, 1.4f});
    table.setWidthPercentage(100);
    PdfPCell left = new PdfPCell();
    left.setBorder(Rectangle.NO_BORDER);
    left.setVerticalAlignment(Element.ALIGN_MIDDLE);
    left.addElement(centred(WORDS.text("forms.repair.title"), title));
    left.addElement(centred(WORDS.text("forms.office"), heading));
    left.addElement(centred(WORDS.text("forms.group"), value));
    table.addCell(left);
    PdfPCell right = new PdfPCell();
    right.setBorder(Rectangle.NO_BORDER);
    right.addElement(
        centred(
            WORDS.text("forms.repair.number", FormTable.orBlank(sheet.requestNumber())), value));
    Image qr = QrMark.of(canvas, sheet.link(), QR_SIZE);
    qr.setAlignment(Element.ALIGN_CENTER);
    right.addElement(qr);
    right.addElement(centred(sheet.link(), new Font(value.getBaseFont(), 7)));
    table.addCell(right);
    return table;
  }

  private static PdfPTable requester(RepairSheet s, Font heading, Font label, Font value) {
    return new FormTable(label, value)
        .heading(word("part1"), heading)
        .row(word("filedAt"), s.filedAt())
        .row(word("channel"), s.channel())
        .pair(word("name"), s.requesterName(), word("position"), s.requesterPosition())
        .pair(word("phone"), s.contactPhone(), word("urgency"), s.urgency())
        .pair(word("kind"), s.kind(), word("equipment"), s.equipmentType())
        .pair(word("asset"), s.assetNumber(), word("serial"), s.serialNumber())
        .pair(word("building"), s.building(), word("room"), s.room())
        .row(word("symptom"), s.symptom())
        .signature(word("requester"), s.requesterName())
        .table();
  }

  private static PdfPTable receipt(RepairSheet s, Font heading, Font label, Font value) {
    return new FormTable(label, value)
        .heading(word("part2"), heading)
        .pair(word("receiptNumber"), s.receiptNumber(), word("receivedBy"), s.receivedBy())
        .row(word("receivedAt"), s.receivedAt())
        .table();
  }

  private static PdfPTable decision(RepairSheet s, Font heading, Font label, Font value) {
    return new FormTable(label, value)
        .heading(word("part3"), heading)
        .row(word("approval"), s.approval())
        .row(word("order"), s.order())
        .table();
  }

  private static PdfPTable result(RepairSheet s, Font heading, Font label, Font value) {
    return new FormTable(label, value)
        .heading(word("part4"), heading)
        .row(word("result"), s.resolution())
        .signature(word("technician"), null)
        .table();
  }

  private static String word(String part) {
    return WORDS.text("forms.repair." + part);
  }

  private static Paragraph centred(String text, Font font) {
    Paragraph paragraph = new Paragraph(ThaiText.phrase(text, font));
    paragraph.setAlignment(Element.ALIGN_CENTER);
    paragraph.setLeading(0, 1.45f);
    return paragraph;
  }
}
