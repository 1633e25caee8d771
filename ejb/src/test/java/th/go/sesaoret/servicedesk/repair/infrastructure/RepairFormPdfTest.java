package th.go.sesaoret.servicedesk.repair.infrastructure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.Result;
import com.google.zxing.client.j2se.BufferedImageLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

class RepairFormPdfTest {

  private final RepairFormPdf form = new RepairFormPdf();

  @Test
  void printsTheThaiFieldsAsText() throws IOException {
    byte[] pdf = form.render(Sheets.usual());

    try (PDDocument document = Loader.loadPDF(pdf)) {
      assertEquals(1, document.getNumberOfPages());
      String text = text(document);
      for (String expected :
          new String[] {
            "แบบแจ้งซ่อมอุปกรณ์คอมพิวเตอร์และซอฟต์แวร์",
            "สำนักงานเขตพื้นที่การศึกษามัธยมศึกษาร้อยเอ็ด",
            "ส่วนที่ 1 ผู้แจ้ง",
            "ซ.0001/2569",
            "นางสาวอรุณี ศรีสุข",
            "7440-001-0001/2565",
            "เครื่องพิมพ์ไม่ดึงกระดาษ",
            "มีเสียงดังผิดปกติ",
            "น้ำหมึกซึม",
            "รับที่ 123/2569",
            "ผู้อำนวยการกลุ่ม"
          }) {
        assertTrue(text.contains(expected), () -> "missing " + expected + " in:\n" + text);
      }
      // the link under the QR code wraps in its narrow column
      assertTrue(text.replaceAll("\\s", "").contains(Sheets.LINK), text);
    }
  }

  @Test
  void printsAMissingValueAsADottedBlank() throws IOException {
    try (PDDocument document = Loader.loadPDF(form.render(Sheets.usual()))) {
      assertTrue(text(document).contains("ตำแหน่ง " + FormTable.BLANK));
    }
  }

  @Test
  void qrCodeLeadsToTheRequest() throws Exception {
    try (PDDocument document = Loader.loadPDF(form.render(Sheets.usual()))) {
      BufferedImage page = new PDFRenderer(document).renderImageWithDPI(0, 150);
      BufferedImage corner =
          page.getSubimage(page.getWidth() * 2 / 3, 0, page.getWidth() / 3, page.getHeight() / 4);
      Result result =
          new QRCodeReader()
              .decode(
                  new BinaryBitmap(new HybridBinarizer(new BufferedImageLuminanceSource(corner))),
                  Map.of(DecodeHintType.TRY_HARDER, Boolean.TRUE));
      assertEquals(Sheets.LINK, result.getText());
    }
  }

  @Test
  void longSymptomFlowsOnToASecondPageWithItsEnd() throws IOException {
    String end = "สุดท้ายเครื่องดับเองและมีกลิ่นไหม้";
    String symptom = (Sheets.SYMPTOM + " ").repeat(25) + end;

    try (PDDocument document = Loader.loadPDF(form.render(Sheets.withSymptom(symptom)))) {
      assertEquals(2, document.getNumberOfPages());
      String text = text(document);
      assertTrue(text.contains(end), () -> "the symptom's end is lost:\n" + text);
      assertTrue(text.contains("ส่วนที่ 4 ผลการซ่อม"));
    }
  }

  /** The document's text, without the zero width spaces and with spacing evened out. */
  private static String text(PDDocument document) throws IOException {
    String raw = ThaiWrap.plain(new PDFTextStripper().getText(document));
    return raw.replaceAll("[ \\t\\u00A0]+", " ");
  }
}
