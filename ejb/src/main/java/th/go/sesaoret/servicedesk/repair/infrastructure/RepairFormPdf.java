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

/**
 * Prints the paper repair form (แบบแจ้งซ่อมอุปกรณ์คอมพิวเตอร์และซอฟต์แวร์) as an A4 PDF: the header
 * with the request number and a QR code of the request's link at the top right, then the four parts
 * of the form (requester, clerk's receipt, approval and order, result of the repair). One page for
 * a usual symptom; a long symptom flows on to the next page. Safe to share between threads.
 */
@ApplicationScoped
public class RepairFormPdf implements RepairFormPrinter {

  static final String TITLE = "แบบแจ้งซ่อมอุปกรณ์คอมพิวเตอร์และซอฟต์แวร์";
  static final String OFFICE = "สำนักงานเขตพื้นที่การศึกษามัธยมศึกษาร้อยเอ็ด";
  static final String GROUP = "กลุ่มส่งเสริมการศึกษาทางไกล เทคโนโลยีสารสนเทศและการสื่อสาร";

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
    document.addTitle(TITLE + " " + sheet.requestNumber());
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
    left.addElement(centred(TITLE, title));
    left.addElement(centred(OFFICE, heading));
    left.addElement(centred(GROUP, value));
    table.addCell(left);
    PdfPCell right = new PdfPCell();
    right.setBorder(Rectangle.NO_BORDER);
    right.addElement(centred("เลขที่ " + FormTable.orBlank(sheet.requestNumber()), value));
    Image qr = QrMark.of(canvas, sheet.link(), QR_SIZE);
    qr.setAlignment(Element.ALIGN_CENTER);
    right.addElement(qr);
    right.addElement(centred(sheet.link(), new Font(value.getBaseFont(), 7)));
    table.addCell(right);
    return table;
  }

  private static PdfPTable requester(RepairSheet s, Font heading, Font label, Font value) {
    return new FormTable(label, value)
        .heading("ส่วนที่ 1 ผู้แจ้ง", heading)
        .row("วันที่แจ้ง", s.filedAt())
        .row("ช่องทางการแจ้ง", s.channel())
        .pair("ชื่อ-สกุล", s.requesterName(), "ตำแหน่ง", s.requesterPosition())
        .pair("โทรศัพท์", s.contactPhone(), "ความเร่งด่วน", s.urgency())
        .pair("ประเภทงานซ่อม", s.kind(), "อุปกรณ์", s.equipmentType())
        .pair("เลขครุภัณฑ์", s.assetNumber(), "หมายเลขเครื่อง", s.serialNumber())
        .pair("อาคาร", s.building(), "ห้อง", s.room())
        .row("อาการที่พบ", s.symptom())
        .signature("ผู้แจ้ง", s.requesterName())
        .table();
  }

  private static PdfPTable receipt(RepairSheet s, Font heading, Font label, Font value) {
    return new FormTable(label, value)
        .heading("ส่วนที่ 2 ธุรการกลุ่ม (ลงรับ)", heading)
        .pair("เลขรับ", s.receiptNumber(), "ผู้รับ", s.receivedBy())
        .row("วันเวลาที่รับ", s.receivedAt())
        .table();
  }

  private static PdfPTable decision(RepairSheet s, Font heading, Font label, Font value) {
    return new FormTable(label, value)
        .heading("ส่วนที่ 3 การพิจารณาอนุมัติ/สั่งการ", heading)
        .row("การอนุมัติ", s.approval())
        .row("สั่งการ", s.order())
        .table();
  }

  private static PdfPTable result(RepairSheet s, Font heading, Font label, Font value) {
    return new FormTable(label, value)
        .heading("ส่วนที่ 4 ผลการซ่อม", heading)
        .row("ผลการดำเนินการ", s.resolution())
        .signature("ผู้ซ่อม", null)
        .table();
  }

  private static Paragraph centred(String text, Font font) {
    Paragraph paragraph = new Paragraph(ThaiText.phrase(text, font));
    paragraph.setAlignment(Element.ALIGN_CENTER);
    paragraph.setLeading(0, 1.45f);
    return paragraph;
  }
}
