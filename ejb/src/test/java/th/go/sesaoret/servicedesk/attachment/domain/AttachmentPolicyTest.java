package th.go.sesaoret.servicedesk.attachment.domain;

import static java.nio.charset.StandardCharsets.US_ASCII;
import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static th.go.sesaoret.servicedesk.attachment.domain.AttachmentPolicy.DOCUMENTS;

import com.lowagie.text.Document;
import com.lowagie.text.Paragraph;
import com.lowagie.text.pdf.PdfAction;
import com.lowagie.text.pdf.PdfWriter;
import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import javax.imageio.ImageIO;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import th.go.sesaoret.servicedesk.repair.domain.RepairAttachments;
import th.go.sesaoret.servicedesk.shared.BusinessException;

class AttachmentPolicyTest {
  /** The repair form's policy, declared by the repair feature. */
  private static final AttachmentPolicy REPAIR = RepairAttachments.POLICY;

  private static final String CLEAN_SVG =
      "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
          + "<svg xmlns=\"http://www.w3.org/2000/svg\" xmlns:xlink=\"http://www.w3.org/1999/xlink\""
          + " width=\"40\" height=\"20\"><defs><linearGradient id=\"g\"/></defs>"
          + "<rect width=\"40\" height=\"20\" style=\"fill:url(#g)\"/>"
          + "<use xlink:href=\"#g\"/><text x=\"2\" y=\"14\">สพม.ร้อยเอ็ด</text></svg>";

  @TempDir Path dir;

  // ---- what each policy takes, stored with the detected type ----

  @ParameterizedTest
  @ValueSource(strings = {"png", "jpg", "gif", "bmp"})
  void realPhotosAreTakenByBothPoliciesWithTheDetectedType(String format) throws IOException {
    byte[] photo = image(format);
    for (AttachmentPolicy policy : List.of(DOCUMENTS, REPAIR)) {
      CheckedFile a = policy.accept("เครื่องพิมพ์." + format, "application/x-whatever", photo);
      String expected = "image/" + (format.equals("jpg") ? "jpeg" : format);
      assertEquals(expected, a.contentType(), "never the browser's claim");
      assertEquals(photo.length, a.size());
    }
  }

  @Test
  void aWebpIsCheckedByItsRiffContainer() {
    CheckedFile a = REPAIR.accept("screen.webp", "image/png", webp(0));
    assertEquals("image/webp", a.contentType());
    refused("request.attachment.damaged", () -> REPAIR.accept("x.webp", null, webp(1)));
    byte[] lying = webp(0);
    lying[4]++; // RIFF size no longer the file's length
    refused("request.attachment.damaged", () -> REPAIR.accept("x.webp", null, lying));
  }

  @Test
  void pdfAndUtf8TextAreTaken() throws Exception {
    byte[] pdf = pdf(w -> {});
    assertEquals(
        "application/pdf", REPAIR.accept("ใบเสนอราคา.pdf", "text/html", pdf).contentType());
    byte[] log = "2026-11-25 ERROR เครื่องพิมพ์ไม่ตอบสนอง\n".getBytes(UTF_8);
    assertEquals("text/plain; charset=UTF-8", REPAIR.accept("error.log", null, log).contentType());
    assertEquals("text/plain; charset=UTF-8", REPAIR.accept("แจ้ง.txt", null, log).contentType());
  }

  @Test
  void aTruncatedPdfIsRefused() {
    byte[] cut = "%PDF-1.7\n1 0 obj <<".getBytes(US_ASCII);
    refused("request.attachment.damaged", () -> REPAIR.accept("x.pdf", null, cut));
  }

  // ---- PDFs that carry more than a document (issue 8, finding 5) ----

  @Test
  void aPdfWithHtmlAndScriptAfterItsHeaderIsRefused() throws Exception {
    byte[] real = pdf(w -> {});
    int firstLine = new String(real, US_ASCII).indexOf('\n') + 1;
    byte[] polyglot =
        concat(
            concat(
                Arrays.copyOf(real, firstLine),
                "%<html><body><script>alert(document.cookie)</script></body></html>\n"
                    .getBytes(US_ASCII)),
            Arrays.copyOfRange(real, firstLine, real.length));
    refused("request.attachment.pdfActive", () -> DOCUMENTS.accept("ข่าว.pdf", null, polyglot));
  }

  @Test
  void aPdfMustEndWithItsEofMarkerWhitespaceAside() throws Exception {
    byte[] real = pdf(w -> {});
    byte[] padded = concat(real, "\r\n  \n".getBytes(US_ASCII));
    assertEquals("application/pdf", REPAIR.accept("a.pdf", null, padded).contentType());
    byte[] appended = concat(real, "<p>more after the end</p>".getBytes(US_ASCII));
    refused("request.attachment.damaged", () -> REPAIR.accept("a.pdf", null, appended));
    byte[] noStructure = "%PDF-1.4\nhello\n%%EOF\n".getBytes(US_ASCII);
    refused("request.attachment.damaged", () -> REPAIR.accept("a.pdf", null, noStructure));
  }

  @Test
  void aPdfWithJavaScriptALaunchActionOrAnEmbeddedFileIsRefused() throws Exception {
    List<byte[]> active =
        List.of(
            pdf(w -> w.setOpenAction(PdfAction.javaScript("app.alert(1)", w))),
            pdf(w -> w.addJavaScript("app.alert(1)")),
            pdf(w -> w.setOpenAction(new PdfAction("cmd.exe", "/c calc", "open", null))),
            pdf(w -> w.addFileAttachment("payload", "MZ".getBytes(US_ASCII), null, "a.exe")),
            pdf(
                w -> {
                  w.setFullCompression(); // the action inside a compressed object stream
                  w.setOpenAction(PdfAction.javaScript("app.alert(1)", w));
                }));
    for (byte[] pdf : active) {
      refused("request.attachment.pdfActive", () -> DOCUMENTS.accept("a.pdf", null, pdf));
    }
    byte[] escaped =
        new String(active.get(0), java.nio.charset.StandardCharsets.ISO_8859_1)
            .replace("/JavaScript", "/J#61vaScript")
            .replace("/JS", "/J#53")
            .getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);
    refused("request.attachment.pdfActive", () -> DOCUMENTS.accept("a.pdf", null, escaped));
  }

  @Test
  void aPasswordProtectedPdfCannotBeCheckedAndIsRefused() throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (PDDocument document = new PDDocument()) {
      document.addPage(new PDPage());
      StandardProtectionPolicy policy =
          new StandardProtectionPolicy("owner", "user", new AccessPermission());
      policy.setEncryptionKeyLength(128);
      policy.setPreferAES(false);
      document.protect(policy);
      document.save(out);
    }
    byte[] locked = out.toByteArray();
    refused("request.attachment.pdfLocked", () -> DOCUMENTS.accept("a.pdf", null, locked));
  }

  // ---- pictures with something appended ----

  @ParameterizedTest
  @ValueSource(strings = {"png", "jpg", "gif"})
  void aPictureWithAPageAppendedAfterItsEndMarkerIsRefused(String format) throws IOException {
    byte[] photo = image(format);
    byte[] polyglot =
        concat(photo, "<html><script>alert(document.cookie)</script></html>".getBytes(US_ASCII));
    refused(
        "request.attachment.trailingData", () -> REPAIR.accept("photo." + format, null, polyglot));
    byte[] padded = concat(photo, new byte[16]);
    assertEquals(photo.length + 16, REPAIR.accept("photo." + format, null, padded).size());
  }

  @Test
  void aWebpWithBytesAfterItsRiffSizeIsRefused() {
    byte[] appended = concat(webp(0), "<html>".getBytes(US_ASCII));
    refused("request.attachment.damaged", () -> REPAIR.accept("x.webp", null, appended));
  }

  // ---- office files that expand too far ----

  @Test
  void aDocxWhoseDirectoryDeclaresAGigabyteMemberIsRefused() throws IOException {
    byte[] docx = zip(false, "[Content_Types].xml", "word/document.xml");
    assertEquals(FileKind.DOCX.contentType(), DOCUMENTS.accept("a.docx", null, docx).contentType());
    byte[] bomb = declareSize(docx, "word/document.xml", 1L << 30);
    BusinessException e =
        assertThrows(BusinessException.class, () -> DOCUMENTS.accept("a.docx", null, bomb));
    assertEquals("request.attachment.expandsTooMuch", e.key());
    assertEquals(100L, e.args()[1], "the bound in MB");
    byte[] zip64 = declareSize(docx, "word/document.xml", 0xFFFFFFFFL);
    refused("request.attachment.expandsTooMuch", () -> DOCUMENTS.accept("a.docx", null, zip64));
  }

  @Test
  void aFileOverTheLimitIsRefusedBySizeBeforeAnythingReadsIt() {
    refused("request.attachment.tooLarge", () -> REPAIR.checkSize("ภาพ.jpg", 50L << 20));
    REPAIR.checkSize("ภาพ.jpg", REPAIR.maxBytes());
  }

  @Test
  void textWithNulBytesIsNotText() {
    byte[] binary = {'a', 0, 'b', 0};
    refused("request.attachment.unrecognized", () -> REPAIR.accept("x.txt", null, binary));
  }

  @Test
  void officeAndOpenDocumentFilesAreTakenForDocumentsOnly() throws IOException {
    byte[] docx = zip(false, "[Content_Types].xml", "_rels/.rels", "word/document.xml");
    CheckedFile a = DOCUMENTS.accept("ข่าวประชาสัมพันธ์.docx", "application/zip", docx);
    assertEquals(FileKind.DOCX.contentType(), a.contentType());
    byte[] xlsx = zip(false, "[Content_Types].xml", "xl/workbook.xml");
    assertEquals(FileKind.XLSX.contentType(), DOCUMENTS.accept("a.xlsx", null, xlsx).contentType());
    byte[] odt = zip(true, "content.xml");
    assertEquals(FileKind.ODT.contentType(), DOCUMENTS.accept("a.odt", null, odt).contentType());
    refused("request.attachment.typeNotAllowed", () -> REPAIR.accept("a.docx", null, docx));
  }

  @Test
  void aBareZipRenamedDocxOrAMacroDocumentIsRefused() throws IOException {
    byte[] bare = zip(false, "word/document.xml");
    refused("request.attachment.mismatch", () -> DOCUMENTS.accept("a.docx", null, bare));
    byte[] macros = zip(false, "[Content_Types].xml", "word/document.xml", "word/vbaProject.bin");
    refused("request.attachment.macros", () -> DOCUMENTS.accept("a.docx", null, macros));
  }

  // ---- content that lies about itself ----

  @Test
  void htmlNamedJpgIsRefused() {
    byte[] html = "<html><script>alert(document.cookie)</script></html>".getBytes(UTF_8);
    refused("request.attachment.mismatch", () -> REPAIR.accept("photo.jpg", "image/jpeg", html));
  }

  @Test
  void aPhpPolyglotWithAGifHeaderIsRefused() {
    // a GIF signature and a 1x1 screen descriptor, then a PHP program instead of image data
    byte[] polyglot =
        concat(
            new byte[] {'G', 'I', 'F', '8', '9', 'a', 1, 0, 1, 0, 0, 0, 0},
            "<?php system($_GET['c']); ?>".getBytes(US_ASCII));
    refused(
        "request.attachment.damaged", () -> DOCUMENTS.accept("avatar.gif", "image/gif", polyglot));
    byte[] fakeJpeg =
        concat(new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF}, "<?php".getBytes());
    refused("request.attachment.damaged", () -> DOCUMENTS.accept("a.jpg", null, fakeJpeg));
  }

  @Test
  void aPictureWhoseHeaderIsFineButWhosePixelsAreMissingIsRefused() throws IOException {
    byte[] png = image("png");
    byte[] cut = Arrays.copyOf(png, 40); // signature and IHDR intact, image data cut short
    refused("request.attachment.damaged", () -> REPAIR.accept("cut.png", null, cut));
  }

  @Test
  void aPngNamedJpgIsRefusedAsAMismatchNotRelabelled() throws IOException {
    byte[] png = image("png");
    BusinessException e =
        assertThrows(BusinessException.class, () -> REPAIR.accept("photo.jpg", "image/jpeg", png));
    assertEquals("request.attachment.mismatch", e.key());
    assertEquals("PNG", e.args()[2]);
  }

  @Test
  void aHugeDeclaredPictureIsRefusedBeforeDecoding() {
    byte[] bomb = webp(0);
    bomb[21] = (byte) 0xFF; // VP8L: 16384 x 16384 would be 268 megapixels
    bomb[22] = (byte) 0xFF;
    bomb[23] = (byte) 0xFF;
    bomb[24] = (byte) 0x0F;
    refused("request.attachment.tooManyPixels", () -> REPAIR.accept("x.webp", null, bomb));
  }

  // ---- SVG ----

  @Test
  void aCleanSvgIsADocumentButNotARepairPhoto() {
    byte[] svg = CLEAN_SVG.getBytes(UTF_8);
    assertEquals("image/svg+xml", DOCUMENTS.accept("logo.svg", "text/html", svg).contentType());
    refused("request.attachment.typeNotAllowed", () -> REPAIR.accept("logo.svg", null, svg));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "<svg xmlns=\"http://www.w3.org/2000/svg\"><script>alert(1)</script></svg>",
        "<svg xmlns=\"http://www.w3.org/2000/svg\" onload=\"alert(1)\"/>",
        "<svg xmlns=\"http://www.w3.org/2000/svg\"><rect ONclick=\"alert(1)\"/></svg>",
        "<svg xmlns=\"http://www.w3.org/2000/svg\" xmlns:x=\"http://www.w3.org/1999/xlink\">"
            + "<a x:href=\"java&#9;script:alert(1)\"><text>x</text></a></svg>",
        "<svg xmlns=\"http://www.w3.org/2000/svg\"><a href=\"data:text/html,&lt;script&gt;\"/></svg>",
        "<svg xmlns=\"http://www.w3.org/2000/svg\"><foreignObject><p>x</p></foreignObject></svg>",
        "<svg xmlns=\"http://www.w3.org/2000/svg\"><image href=\"http://evil.example/t.png\"/></svg>",
        "<svg xmlns=\"http://www.w3.org/2000/svg\"><a><set attributeName=\"href\" to=\"#\"/></a></svg>",
        "<svg xmlns=\"http://www.w3.org/2000/svg\"><style>@import 'http://evil.example/x.css';"
            + "</style></svg>",
        "<?xml-stylesheet type=\"text/xsl\" href=\"x.xsl\"?><svg xmlns=\"http://www.w3.org/2000/svg\"/>",
        "<html><svg onload=\"alert(1)\"/></html>",
        "<svg xmlns=\"http://www.w3.org/2000/svg\"><rect></svg>"
      })
  void anUnsafeOrBrokenSvgIsRefusedWithItsOwnMessage(String svg) {
    refused(
        "request.attachment.svgUnsafe", () -> DOCUMENTS.accept("x.svg", null, svg.getBytes(UTF_8)));
  }

  @Test
  void anExternalEntityIsRefusedWithoutReadingTheFile() throws IOException {
    Path secret = Files.writeString(dir.resolve("secret.txt"), "SECRET-12345");
    String xxe =
        "<?xml version=\"1.0\"?><!DOCTYPE svg [<!ENTITY x SYSTEM \""
            + secret.toUri()
            + "\">]><svg xmlns=\"http://www.w3.org/2000/svg\"><text>&x;</text></svg>";
    BusinessException e =
        assertThrows(
            BusinessException.class, () -> DOCUMENTS.accept("x.svg", null, xxe.getBytes(UTF_8)));
    assertEquals("request.attachment.svgUnsafe", e.key());
    assertFalse(Arrays.toString(e.args()).contains("SECRET"));
    assertFalse(SvgDocument.isClean(xxe.getBytes(UTF_8)), "a DOCTYPE is never parsed");
    String laughs =
        "<!DOCTYPE svg [<!ENTITY a \"aaaaaaaaaa\"><!ENTITY b \"&a;&a;&a;&a;&a;&a;&a;&a;\">]>"
            + "<svg xmlns=\"http://www.w3.org/2000/svg\"><text>&b;</text></svg>";
    refused(
        "request.attachment.svgUnsafe",
        () -> DOCUMENTS.accept("x.svg", null, laughs.getBytes(UTF_8)));
  }

  // ---- names ----

  @ParameterizedTest
  @ValueSource(
      strings = {
        "x.php.jpg",
        "x.jpg.exe",
        "x.html.png",
        "x.exe.pdf",
        "x.js.",
        "x.svg.png",
        "x.PHP .jpg",
        "x.jsp.txt",
        "x.jpg.bat"
      })
  void aHiddenProgramOrPageExtensionIsRefused(String name) throws IOException {
    refused("request.attachment.doubleExtension", () -> DOCUMENTS.accept(name, null, image("jpg")));
  }

  @Test
  void aThaiNameWithAnOrdinaryInnerDotIsFine() throws Exception {
    byte[] pdf = pdf(w -> {});
    CheckedFile a = DOCUMENTS.accept("C:\\งาน\\รายงาน ปี 2569.v2.pdf", null, pdf);
    assertEquals("รายงาน ปี 2569.v2.pdf", a.name());
  }

  @Test
  void namesWithoutExtensionOrWithControlCharactersAreRefused() throws IOException {
    byte[] png = image("png");
    refused("request.attachment.noExtension", () -> DOCUMENTS.accept("photo", null, png));
    refused("request.attachment.noExtension", () -> DOCUMENTS.accept("photo.", null, png));
    refused("request.attachment.badName", () -> DOCUMENTS.accept("a\nb.png", null, png));
    refused("request.attachment.badName", () -> DOCUMENTS.accept("x\u202Egnp.exe", null, png));
    refused("request.attachment.nameRequired", () -> DOCUMENTS.accept(" ", null, png));
    refused("request.attachment.typeNotAllowed", () -> DOCUMENTS.accept("setup.exe", null, png));
    refused("request.attachment.typeNotAllowed", () -> DOCUMENTS.accept("x.sh", null, png));
  }

  // ---- size and count ----

  @Test
  void sizeAndCountFollowThePolicy() {
    byte[] big = new byte[REPAIR.maxBytes() + 1];
    Arrays.fill(big, (byte) 'a');
    BusinessException e =
        assertThrows(BusinessException.class, () -> REPAIR.accept("big.txt", null, big));
    assertEquals("request.attachment.tooLarge", e.key());
    assertEquals(5, e.args()[1], "the limit in MB");
    assertEquals("text/plain; charset=UTF-8", DOCUMENTS.accept("big.txt", null, big).contentType());
    refused("request.attachment.empty", () -> REPAIR.accept("empty.txt", null, new byte[0]));
    REPAIR.checkCount(5);
    refused("request.attachment.tooMany", () -> REPAIR.checkCount(6));
    DOCUMENTS.checkCount(10);
    refused("request.attachment.tooMany", () -> DOCUMENTS.checkCount(11));
  }

  // ---- helpers ----

  private static void refused(String key, org.junit.jupiter.api.function.Executable action) {
    assertEquals(key, assertThrows(BusinessException.class, action).key());
  }

  private static byte[] image(String format) throws IOException {
    BufferedImage img = new BufferedImage(6, 4, BufferedImage.TYPE_INT_RGB);
    img.setRGB(1, 1, Color.ORANGE.getRGB());
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    assertTrue(ImageIO.write(img, format, out), format);
    return out.toByteArray();
  }

  /** A 1x1 lossless WebP container; {@code extra} adds bytes the chunk sizes do not account for. */
  private static byte[] webp(int extra) {
    byte[] vp8l = {0x2F, 0, 0, 0, 0, 0x10, 0x07, 0x10, 0x11, 0x11, (byte) 0x88, (byte) 0x88, 0x01};
    int chunk = 8 + vp8l.length + 1; // padded to even
    byte[] b = new byte[12 + chunk + extra];
    System.arraycopy("RIFF".getBytes(US_ASCII), 0, b, 0, 4);
    le32(b, 4, 4 + chunk + extra);
    System.arraycopy("WEBPVP8L".getBytes(US_ASCII), 0, b, 8, 8);
    le32(b, 16, vp8l.length);
    System.arraycopy(vp8l, 0, b, 20, vp8l.length);
    return b;
  }

  private static void le32(byte[] b, int at, int v) {
    for (int i = 0; i < 4; i++) {
      b[at + i] = (byte) (v >>> (8 * i));
    }
  }

  private static byte[] zip(boolean odt, String... names) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (ZipOutputStream z = new ZipOutputStream(out)) {
      if (odt) {
        byte[] type = "application/vnd.oasis.opendocument.text".getBytes(US_ASCII);
        ZipEntry e = new ZipEntry("mimetype");
        e.setMethod(ZipEntry.STORED);
        e.setSize(type.length);
        java.util.zip.CRC32 crc = new java.util.zip.CRC32();
        crc.update(type);
        e.setCrc(crc.getValue());
        z.putNextEntry(e);
        z.write(type);
      }
      for (String n : names) {
        z.putNextEntry(new ZipEntry(n));
        z.write("<x/>".getBytes(UTF_8));
      }
    }
    return out.toByteArray();
  }

  interface WriterSetup {
    void apply(PdfWriter writer) throws Exception;
  }

  /** A real one-page PDF made with OpenPDF, set up by {@code setup} before it is written. */
  private static byte[] pdf(WriterSetup setup) throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    Document document = new Document();
    PdfWriter writer = PdfWriter.getInstance(document, out);
    document.open();
    setup.apply(writer);
    document.add(new Paragraph("Public relations news"));
    document.close();
    return out.toByteArray();
  }

  /**
   * The zip with the central directory's uncompressed size of {@code entry} set to {@code size}.
   */
  private static byte[] declareSize(byte[] zip, String entry, long size) {
    byte[] b = zip.clone();
    byte[] name = entry.getBytes(UTF_8);
    for (int p = 0; p + 46 < b.length; p++) {
      if (b[p] == 'P'
          && b[p + 1] == 'K'
          && b[p + 2] == 1
          && b[p + 3] == 2
          && FileSignature.startsWith(b, p + 46, name)) {
        le32(b, p + 24, (int) size);
        return b;
      }
    }
    throw new AssertionError("no directory entry " + entry);
  }

  private static byte[] concat(byte[] a, byte[] b) {
    byte[] out = Arrays.copyOf(a, a.length + b.length);
    System.arraycopy(b, 0, out, a.length, b.length);
    return out;
  }
}
