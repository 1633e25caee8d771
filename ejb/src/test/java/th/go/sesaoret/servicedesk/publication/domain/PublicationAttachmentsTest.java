package th.go.sesaoret.servicedesk.publication.domain;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static th.go.sesaoret.servicedesk.publication.domain.PublicationAttachments.POLICY;

import com.lowagie.text.Document;
import com.lowagie.text.Paragraph;
import com.lowagie.text.pdf.PdfWriter;
import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Arrays;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import th.go.sesaoret.servicedesk.shared.BusinessException;

/** What a post may carry: documents and pictures, proven by content; nothing that runs. */
class PublicationAttachmentsTest {
  @Test
  void takesPdfPicturesAndCleanSvg() throws Exception {
    assertEquals("application/pdf", POLICY.accept("ประกาศ.pdf", null, pdf()).contentType());
    assertEquals("image/jpeg", POLICY.accept("กิจกรรม.jpg", null, image("jpg")).contentType());
    assertEquals("image/png", POLICY.accept("logo.png", null, image("png")).contentType());
    String svg =
        "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"10\" height=\"10\">"
            + "<rect width=\"10\" height=\"10\" fill=\"#1f6feb\"/></svg>";
    assertEquals(
        "image/svg+xml", POLICY.accept("logo.svg", null, svg.getBytes(UTF_8)).contentType());
  }

  @Test
  void anExecutableNamedPdfIsRefusedByItsContent() {
    byte[] exe = new byte[512];
    exe[0] = 'M';
    exe[1] = 'Z';
    exe[60] = (byte) 0x80;
    BusinessException e =
        assertThrows(
            BusinessException.class, () -> POLICY.accept("คำสั่ง.pdf", "application/pdf", exe));
    assertEquals("request.attachment.unrecognized", e.key());
    assertEquals("คำสั่ง.pdf", e.args()[0]);
  }

  @Test
  void anExecutableBehindAPdfHeaderIsNotAWholePdf() {
    byte[] fake = Arrays.copyOf("%PDF-1.7\nMZ".getBytes(UTF_8), 600);
    BusinessException e =
        assertThrows(BusinessException.class, () -> POLICY.accept("news.pdf", null, fake));
    assertEquals("request.attachment.damaged", e.key());
  }

  @Test
  void anSvgWithScriptIsRefused() {
    String svg =
        "<svg xmlns=\"http://www.w3.org/2000/svg\"><script>alert(document.cookie)</script></svg>";
    assertEquals(
        "request.attachment.svgUnsafe",
        assertThrows(
                BusinessException.class, () -> POLICY.accept("logo.svg", null, svg.getBytes(UTF_8)))
            .key());
    String handler = "<svg xmlns=\"http://www.w3.org/2000/svg\" onload=\"alert(1)\"/>";
    assertEquals(
        "request.attachment.svgUnsafe",
        assertThrows(
                BusinessException.class,
                () -> POLICY.accept("a.svg", null, handler.getBytes(UTF_8)))
            .key());
  }

  @Test
  void anSvgRenamedPngIsRefusedAsAMismatch() {
    String svg = "<svg xmlns=\"http://www.w3.org/2000/svg\"><script>alert(1)</script></svg>";
    assertEquals(
        "request.attachment.mismatch",
        assertThrows(
                BusinessException.class,
                () -> POLICY.accept("photo.png", null, svg.getBytes(UTF_8)))
            .key());
  }

  @Test
  void plainTextAndArchivesAreNotPostFiles() {
    BusinessException e =
        assertThrows(
            BusinessException.class,
            () -> POLICY.accept("notes.txt", null, "ข่าว".getBytes(UTF_8)));
    assertEquals("request.attachment.typeNotAllowed", e.key());
    assertTrue(POLICY.extensions().contains("docx") && POLICY.extensions().contains("webp"));
  }

  @Test
  void tooLargeIsRefusedBySizeAlone() {
    assertEquals(
        "request.attachment.tooLarge",
        assertThrows(BusinessException.class, () -> POLICY.checkSize("big.pdf", 11L << 20)).key());
  }

  private static byte[] image(String format) throws IOException {
    BufferedImage img = new BufferedImage(6, 4, BufferedImage.TYPE_INT_RGB);
    img.setRGB(1, 1, Color.ORANGE.getRGB());
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    assertTrue(ImageIO.write(img, format, out), format);
    return out.toByteArray();
  }

  private static byte[] pdf() throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    Document document = new Document();
    PdfWriter.getInstance(document, out);
    document.open();
    document.add(new Paragraph("News"));
    document.close();
    return out.toByteArray();
  }
}
