package th.go.sesaoret.servicedesk.report.infrastructure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import th.go.sesaoret.servicedesk.report.application.ComplianceLine;
import th.go.sesaoret.servicedesk.report.domain.FiscalYear;
import th.go.sesaoret.servicedesk.report.domain.ReportPeriod;
import th.go.sesaoret.servicedesk.report.domain.StepFigures;
import th.go.sesaoret.servicedesk.satisfaction.application.SatisfactionSummary;

/** The exports opened as a reader would: the XLSX by POI, the CSV as UTF-8 text. */
class ComplianceSheetsTest {
  private static final Locale THAI = Locale.forLanguageTag("th");
  private static final ReportPeriod FY2570 = ReportPeriod.fiscalYear(new FiscalYear(2570));
  private static final Instant AT = Instant.parse("2026-12-01T03:30:00Z");

  private static final List<ComplianceLine> LINES =
      List.of(
          new ComplianceLine(
              "REPAIR",
              "บริการแจ้งซ่อม",
              2,
              "เจ้าหน้าที่รับเรื่อง",
              "1 ชั่วโมง",
              60,
              new StepFigures("REPAIR", "repair.intake", 3, 3, 2, 3, 45.0, 81.5, 1, 0, 30)),
          new ComplianceLine(
              "REPAIR",
              "บริการแจ้งซ่อม",
              3,
              "สั่งการ",
              "1 วัน",
              420,
              StepFigures.none("REPAIR", "repair.order")));

  private static final List<SatisfactionSummary> SATISFACTION =
      List.of(
          new SatisfactionSummary("REPAIR", "บริการแจ้งซ่อม", 4, 4.25, 4.5, 4.0, 3.75, 4.5, 3),
          new SatisfactionSummary(
              "PUBLICATION", "บริการเผยแพร่", 0, null, null, null, null, null, 0));

  @Test
  void theWorkbookHasThaiHeadingsAndRealNumbers() throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    new XlsxComplianceSheet().write(LINES, SATISFACTION, FY2570, AT, THAI, out);
    try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
      Sheet sheet = book.getSheetAt(0);
      assertEquals("ผลการให้บริการ", sheet.getSheetName());
      assertTrue(
          sheet.getRow(0).getCell(0).getStringCellValue().startsWith("รายงานผลการให้บริการ"));
      assertEquals(
          "ปีงบประมาณ พ.ศ. 2570 (1 ต.ค. 2569 - 30 ก.ย. 2570)",
          sheet.getRow(2).getCell(1).getStringCellValue());
      Row head = sheet.getRow(XlsxComplianceSheet.HEADER_ROW);
      assertEquals("งานบริการ", head.getCell(0).getStringCellValue());
      assertEquals("ร้อยละภายในมาตรฐาน", head.getCell(8).getStringCellValue());
      assertEquals("มัธยฐานเวลาทำงาน (นาที)", head.getCell(10).getStringCellValue());

      Row intake = sheet.getRow(XlsxComplianceSheet.HEADER_ROW + 1);
      assertEquals("เจ้าหน้าที่รับเรื่อง", intake.getCell(2).getStringCellValue());
      assertEquals(CellType.NUMERIC, intake.getCell(5).getCellType(), "finished: a number");
      assertEquals(3.0, intake.getCell(5).getNumericCellValue());
      assertEquals(66.7, intake.getCell(8).getNumericCellValue(), 1e-9);
      assertEquals(45.0, intake.getCell(10).getNumericCellValue());
      assertEquals(81.5, intake.getCell(11).getNumericCellValue());
      assertEquals(30.0, intake.getCell(14).getNumericCellValue());

      Row none = sheet.getRow(XlsxComplianceSheet.HEADER_ROW + 2);
      assertEquals(0.0, none.getCell(5).getNumericCellValue());
      assertNull(none.getCell(8), "nothing timed: no share, not 0%");

      Sheet survey = book.getSheet("ความพึงพอใจ");
      assertEquals("จำนวนผู้ตอบแบบประเมิน", survey.getRow(0).getCell(1).getStringCellValue());
      assertEquals(4.0, survey.getRow(1).getCell(1).getNumericCellValue());
      assertEquals(4.25, survey.getRow(1).getCell(2).getNumericCellValue());
      assertEquals(75.0, survey.getRow(1).getCell(8).getNumericCellValue(), 1e-9);
      assertNull(survey.getRow(2).getCell(2), "no answers: no mean");
    }
  }

  @Test
  void thePdfReadsBackInThaiWithTheFigures() throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    new PdfComplianceSheet().write(LINES, SATISFACTION, FY2570, AT, THAI, out);
    // kept to look at (target/compliance-report.pdf)
    java.nio.file.Files.write(
        java.nio.file.Path.of("target", "compliance-report.pdf"), out.toByteArray());
    try (PDDocument pdf = Loader.loadPDF(out.toByteArray())) {
      var page = pdf.getPage(0);
      assertTrue(
          page.getRotation() % 180 == 90
              || page.getMediaBox().getWidth() > page.getMediaBox().getHeight(),
          "landscape");
      String text = new PDFTextStripper().getText(pdf);
      assertTrue(text.contains("ปีงบประมาณ พ.ศ. 2570 (1 ต.ค. 2569 - 30 ก.ย. 2570)"), text);
      assertTrue(text.contains("เจ้าหน้าที่รับเรื่อง"), text);
      assertTrue(text.contains("66.7"), text);
      assertTrue(text.contains("81.5"), text);
      assertTrue(text.contains("ความพึงพอใจ"), text);
      assertTrue(text.contains("4.25"), text);
    }
  }

  @Test
  void theCsvIsUtf8WithAByteOrderMarkAndPlainNumbers() throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    new CsvComplianceSheet().write(LINES, SATISFACTION, FY2570, AT, Locale.ENGLISH, out);
    byte[] bytes = out.toByteArray();
    assertEquals((byte) 0xEF, bytes[0]);
    assertEquals((byte) 0xBB, bytes[1]);
    assertEquals((byte) 0xBF, bytes[2]);
    String text = new String(bytes, StandardCharsets.UTF_8).substring(1);
    List<String> rows = text.lines().toList();
    assertEquals("Period,Fiscal year 2027 (1 Oct 2026 - 30 Sep 2027)", rows.get(2));
    assertTrue(rows.get(5).startsWith("Service,Step no.,Step,Manual standard,"), rows.get(5));
    assertEquals(
        "บริการแจ้งซ่อม,2,เจ้าหน้าที่รับเรื่อง,1 ชั่วโมง,60,3,3,2,66.7,1,45,81.5,1,0,30",
        rows.get(6));
    assertEquals("บริการแจ้งซ่อม,3,สั่งการ,1 วัน,420,0,0,0,,0,,,0,0,0", rows.get(7));
    assertEquals("Satisfaction", rows.get(9));
    assertEquals("บริการแจ้งซ่อม,4,4.25,4.5,4,3.75,4.5,3,75.0", rows.get(11));
  }

  /** Issue 13 part H4: a narrow heading cell breaks "ร้อยละภายในมาตรฐาน" between its words. */
  @Test
  void thePdfsHeadingsBreakBetweenThaiWords() {
    var bold = th.go.sesaoret.servicedesk.repair.infrastructure.ThaiFonts.get().bold();
    // the column's room (31 pt) is narrower than "มาตรฐาน" in 9 pt bold: the heading gets smaller
    float size =
        th.go.sesaoret.servicedesk.export.domain.ThaiLines.fittingSize(
            "ร้อยละภายในมาตรฐาน", 31, 9, 6.5f, s -> bold.getWidthPoint(s, 9));
    assertTrue(size < 9 && size >= 6.5f, "size " + size);
    String wrapped = PdfComplianceSheet.wrap("ร้อยละภายในมาตรฐาน", 31, bold, size);

    assertTrue(wrapped.contains("\n"), "wrapped: " + wrapped);
    assertEquals("ร้อยละภายในมาตรฐาน", wrapped.replace("\n", ""));
    java.util.Set<Integer> boundaries = new java.util.HashSet<>();
    int at = 0;
    for (String word :
        th.go.sesaoret.servicedesk.export.domain.ThaiLines.words("ร้อยละภายในมาตรฐาน")) {
      boundaries.add(at += word.length());
    }
    int end = 0;
    for (String line : wrapped.split("\n")) {
      end += line.length();
      assertTrue(boundaries.contains(end), "a line ends inside a word: " + wrapped);
    }
    assertFalse(wrapped.contains("มาต\n"), wrapped);
  }
}
