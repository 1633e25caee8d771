package th.go.sesaoret.servicedesk.export.infrastructure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.stream.IntStream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import th.go.sesaoret.servicedesk.export.application.RowSource;
import th.go.sesaoret.servicedesk.export.domain.Column;
import th.go.sesaoret.servicedesk.export.domain.SheetHeading;
import th.go.sesaoret.servicedesk.repair.infrastructure.ThaiFonts;

/** The generic writers, opened as a reader would: POI, UTF-8 text, PDFBox. */
class SheetWritersTest {
  private static final Locale THAI = Locale.forLanguageTag("th");
  private static final Instant AT = Instant.parse("2026-12-01T03:30:00Z");

  record Row1(String number, String title, long minutes, Double mean, Instant due, LocalDate day) {}

  private static final List<Column<Row1>> COLUMNS =
      List.of(
          Column.text("เลขที่", 1.2f, Row1::number),
          Column.text("เรื่อง", 4, Row1::title),
          Column.integer("เวลาทำงาน (นาที)", Row1::minutes),
          Column.decimal("ค่าเฉลี่ย", Row1::mean),
          Column.dateTime("วันที่ครบกำหนด", Row1::due),
          Column.date("วันที่ยื่น", Row1::day));

  private static final List<Row1> ROWS =
      List.of(
          new Row1(
              "ซ.0001/2570",
              "เครื่องพิมพ์ชั้น 2 ไม่ทำงาน",
              1250,
              4.25,
              AT,
              LocalDate.of(2026, 11, 30)),
          new Row1("ซ.0002/2570", "จอภาพกระพริบ", 30, null, null, null));

  private static final SheetHeading HEADING =
      new SheetHeading(
          "งานที่รอดำเนินการ", "กลุ่ม DLICT", List.of("ค้นหา: เครื่องพิมพ์"), "ส่งออกเมื่อ", AT);

  private static RowSource<Row1> rows(List<Row1> rows) {
    return rows::forEach;
  }

  @Test
  void theWorkbookHasThaiHeadingsNumberCellsAndBuddhistEraDateCells() throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    new XlsxSheetWriter().write(HEADING, COLUMNS, rows(ROWS), THAI, out);

    try (var book = new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
      Sheet sheet = book.getSheetAt(0);
      assertEquals("งานที่รอดำเนินการ", sheet.getRow(0).getCell(0).getStringCellValue());
      int head = headRow(sheet);
      assertEquals("วันที่ครบกำหนด", sheet.getRow(head).getCell(4).getStringCellValue());
      Row first = sheet.getRow(head + 1);
      assertEquals("เครื่องพิมพ์ชั้น 2 ไม่ทำงาน", first.getCell(1).getStringCellValue());
      assertEquals(CellType.NUMERIC, first.getCell(2).getCellType());
      assertEquals(1250, first.getCell(2).getNumericCellValue());
      assertEquals(4.25, first.getCell(3).getNumericCellValue());
      assertTrue(DateUtil.isCellDateFormatted(first.getCell(4)));
      // 10:30 in Bangkok, a real date cell with the Thai Buddhist calendar's format
      assertEquals(
          java.time.LocalDateTime.of(2026, 12, 1, 10, 30),
          first.getCell(4).getLocalDateTimeCellValue());
      assertEquals(
          XlsxSheetWriter.THAI_DATE_TIME, first.getCell(4).getCellStyle().getDataFormatString());
      assertEquals(
          XlsxSheetWriter.THAI_DATE, first.getCell(5).getCellStyle().getDataFormatString());
      assertNull(sheet.getRow(head + 2).getCell(3), "no value, no cell");
    }
  }

  @Test
  void inEnglishTheDatesAreAD() throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    new XlsxSheetWriter().write(HEADING, COLUMNS, rows(ROWS), Locale.ENGLISH, out);

    try (var book = new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
      Sheet sheet = book.getSheetAt(0);
      var cell = sheet.getRow(headRow(sheet) + 1).getCell(5);
      assertEquals(XlsxSheetWriter.DATE, cell.getCellStyle().getDataFormatString());
      assertEquals("30 Nov 2026", new DataFormatter(Locale.ENGLISH).formatCellValue(cell));
    }
  }

  @Test
  void theCsvStartsWithTheByteOrderMarkAndHasPlainNumbersAndIsoDates() throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    new CsvSheetWriter().write(HEADING, COLUMNS, rows(ROWS), THAI, out);
    byte[] bytes = out.toByteArray();

    assertEquals((byte) 0xEF, bytes[0]);
    assertEquals((byte) 0xBB, bytes[1]);
    assertEquals((byte) 0xBF, bytes[2]);
    String text = new String(bytes, StandardCharsets.UTF_8);
    assertTrue(
        text.contains("เลขที่,เรื่อง,เวลาทำงาน (นาที),ค่าเฉลี่ย,วันที่ครบกำหนด,วันที่ยื่น\r\n"),
        text);
    assertTrue(
        text.contains(
            "ซ.0001/2570,เครื่องพิมพ์ชั้น 2 ไม่ทำงาน,1250,4.25,2026-12-01 10:30,2026-11-30\r\n"),
        text);
    assertTrue(text.contains("ซ.0002/2570,จอภาพกระพริบ,30,,,\r\n"), text);
    assertTrue(text.contains("ส่งออกเมื่อ,1 ธ.ค. 2569 10:30"), "made at in B.E.: " + text);
  }

  @Test
  void thePdfHasTheThaiTextAndBuddhistEraDates() throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    new PdfSheetWriter().write(HEADING, COLUMNS, rows(ROWS), THAI, out);

    try (PDDocument pdf = Loader.loadPDF(out.toByteArray())) {
      String text = new PDFTextStripper().getText(pdf);
      assertTrue(text.contains("งานที่รอดำเนินการ"), text);
      assertTrue(text.contains("เครื่องพิมพ์ชั้น 2"), text);
      assertTrue(text.contains("1 ธ.ค. 2569 10:30"), text);
      assertTrue(text.contains("30 พ.ย. 2569"), text);
      assertTrue(text.contains("1,250"), text);
    }
  }

  @Test
  void aLongPdfStreamsItsRowsOnManyPagesWithTheHeadingsOnEach() throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    RowSource<Row1> many =
        each ->
            IntStream.range(0, 1000)
                .forEach(i -> each.accept(new Row1("ซ." + i, "เรื่องที่ " + i, i, null, AT, null)));
    new PdfSheetWriter().write(HEADING, COLUMNS, many, THAI, out);

    try (PDDocument pdf = Loader.loadPDF(out.toByteArray())) {
      assertTrue(pdf.getNumberOfPages() > 10, "pages: " + pdf.getNumberOfPages());
      PDFTextStripper last = new PDFTextStripper();
      last.setStartPage(pdf.getNumberOfPages());
      String text = last.getText(pdf);
      assertTrue(text.contains("ซ.999"), text);
      assertTrue(text.contains("เลขที่"), "headings on the last page: " + text);
    }
  }

  @Test
  void aThaiHeadingInANarrowPdfCellWrapsBetweenWords() {
    String wrapped = PdfSheetWriter.headingLines("วันที่ครบกำหนด", 30, ThaiFonts.get().bold());

    assertFalse(wrapped.isBlank());
    assertEquals("วันที่ครบกำหนด", wrapped.replace("\n", ""));
    for (String line : wrapped.split("\n")) {
      assertTrue(
          List.of("วันที่", "ครบ", "กำหนด", "วันที่ครบ", "ครบกำหนด").contains(line),
          "a line of whole words: " + wrapped);
    }
  }

  private static int headRow(Sheet sheet) {
    for (Row row : sheet) {
      if (row.getCell(0) != null && "เลขที่".equals(row.getCell(0).getStringCellValue())) {
        return row.getRowNum();
      }
    }
    throw new AssertionError("no heading row");
  }
}
