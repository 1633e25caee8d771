package th.go.sesaoret.servicedesk.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import th.go.sesaoret.servicedesk.report.domain.FiscalYear;
import th.go.sesaoret.servicedesk.shared.OfficeTime;

/**
 * Issue 13 part H4 over plain HTTP, as a reader or a spreadsheet gets them: the public ITA page and
 * its downloads (the same snapshot's figures, no session, cached with an ETag, one 404 for anything
 * unpublished), and a list's export (the work queue) opened with POI.
 */
@ExtendWith(ArquillianExtension.class)
class ExportsIT {
  private static final String PASSWORD = "Dlict@2569";
  private static final Pattern FINISHED =
      Pattern.compile("<td class=\"col-num ita-finished\">([^<]*)</td>");
  private static final Pattern COMPUTED =
      Pattern.compile("<time datetime=\"[^\"]+\">([^<]+)</time>");

  @Deployment
  static EnterpriseArchive deployment() {
    return Deployments.withTestClasses(ExportsIT.class, WebClient.class);
  }

  private static int currentYear() {
    return FiscalYear.of(LocalDate.now(OfficeTime.ZONE)).buddhistYear();
  }

  @Test
  @RunAsClient
  void theItaPageIsPublicCachedWithAnEtagAndCreatesNoSession() throws Exception {
    WebClient web = new WebClient();
    HttpResponse<String> page = web.get("/ita");

    assertEquals(200, page.statusCode());
    assertNoSession("/ita", page.headers().allValues("Set-Cookie"));
    assertTrue(page.body().contains("สถิติการให้บริการและผลความพึงพอใจ"), page.body());
    assertTrue(page.body().contains("ปีงบประมาณ พ.ศ. " + currentYear()), "B.E. fiscal year");
    assertTrue(page.body().contains("ประมวลผลเมื่อ"), "computed at");
    assertTrue(page.body().contains("/ita/" + currentYear() + ".xlsx"), "its downloads");
    assertTrue(page.body().contains("/ita/" + (currentYear() - 1) + "\""), "the previous year");
    String etag = page.headers().firstValue("ETag").orElseThrow();
    assertEquals("public, max-age=300", page.headers().firstValue("Cache-Control").orElseThrow());

    HttpResponse<String> again = web.get("/ita", "If-None-Match", etag);
    assertEquals(304, again.statusCode());
    assertEquals("", again.body());

    HttpResponse<String> english = new WebClient().get("/ita/" + currentYear() + "?lang=en");
    assertEquals(200, english.statusCode());
    assertTrue(english.body().contains("Fiscal year " + (currentYear() - 543)), english.body());
    assertFalse(english.body().contains("ปีงบประมาณ"), "no Thai in English");
  }

  @Test
  @RunAsClient
  void anythingNotPublishedIsThePlain404() throws Exception {
    WebClient web = new WebClient();
    for (String path :
        List.of(
            "/ita/" + (currentYear() - 2),
            "/ita/" + (currentYear() + 1),
            "/ita/" + currentYear() + "/h3",
            "/ita/abc",
            "/ita/" + currentYear() + ".doc",
            "/ita/.pdf",
            "/ita.xhtml")) {
      HttpResponse<String> answer = web.get(path);
      assertEquals(404, answer.statusCode(), path);
      assertNoSession(path, answer.headers().allValues("Set-Cookie"));
    }
  }

  @Test
  @RunAsClient
  void theDownloadsCarryThePagesFiguresAsXlsxPdfAndCsv() throws Exception {
    int year = currentYear() - 1;
    WebClient web = new WebClient();
    String page = web.get("/ita/" + year).body();
    List<String> shown = new ArrayList<>();
    Matcher m = FINISHED.matcher(page);
    while (m.find()) {
      shown.add(m.group(1).replace(",", ""));
    }
    assertFalse(shown.isEmpty(), "a row per step: " + page);
    Matcher at = COMPUTED.matcher(page);
    assertTrue(at.find(), page);

    HttpResponse<byte[]> xlsx = web.getBytes("/ita/" + year + ".xlsx");
    assertEquals(200, xlsx.statusCode());
    assertNoSession("xlsx", xlsx.headers().allValues("Set-Cookie"));
    assertEquals(
        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        xlsx.headers().firstValue("Content-Type").orElseThrow());
    assertEquals("nosniff", xlsx.headers().firstValue("X-Content-Type-Options").orElseThrow());
    assertTrue(
        xlsx.headers()
            .firstValue("Content-Disposition")
            .orElseThrow()
            .startsWith("attachment; filename=\"ita-" + year + ".xlsx\""));
    try (var book = new XSSFWorkbook(new ByteArrayInputStream(xlsx.body()))) {
      Sheet sheet = book.getSheetAt(0);
      assertEquals(at.group(1), sheet.getRow(3).getCell(1).getStringCellValue(), "computed at");
      List<String> inFile = new ArrayList<>();
      for (int r = 6; r <= sheet.getLastRowNum(); r++) {
        Row row = sheet.getRow(r);
        assertEquals(CellType.NUMERIC, row.getCell(5).getCellType(), "finished is a number");
        inFile.add(String.valueOf((long) row.getCell(5).getNumericCellValue()));
      }
      assertEquals(shown, inFile, "the page's and the file's figures");
      assertEquals("งานบริการ", sheet.getRow(5).getCell(0).getStringCellValue());
    }

    HttpResponse<byte[]> pdf = web.getBytes("/ita/" + year + ".pdf");
    assertEquals("application/pdf", pdf.headers().firstValue("Content-Type").orElseThrow());
    try (PDDocument doc = Loader.loadPDF(pdf.body())) {
      String text = new PDFTextStripper().getText(doc);
      assertTrue(text.contains("ปีงบประมาณ พ.ศ. " + year), text);
      assertTrue(text.contains(at.group(1)), "the same computed at: " + text);
    }

    HttpResponse<byte[]> csv = web.getBytes("/ita/" + year + "/h1.csv");
    assertEquals(200, csv.statusCode());
    byte[] b = csv.body();
    assertEquals(List.of((byte) 0xEF, (byte) 0xBB, (byte) 0xBF), List.of(b[0], b[1], b[2]));
    assertTrue(
        new String(b, StandardCharsets.UTF_8).contains("ครึ่งปีแรก ปีงบประมาณ พ.ศ. " + year));
  }

  @Test
  @RunAsClient
  void theWorkQueueExportsAsAWorkbookWithThaiHeadingsAndADateCell() throws Exception {
    WebClient web = new WebClient();
    web.signIn("groupdirector", PASSWORD);
    String page = web.get("/requests/queue.xhtml").body();
    assertTrue(page.contains("id=\"queue:exportXlsx\""), "the export buttons");
    Map<String, String> form = new LinkedHashMap<>();
    form.put("queue", "queue");
    form.put("queue:search", "");
    form.put("queue:exportXlsx", "");
    form.put("jakarta.faces.ViewState", WebClient.viewState(page));
    form.put("primefaces.nonce", WebClient.nonce(page));

    HttpResponse<byte[]> xlsx = web.postForBytes("/requests/queue.xhtml", form);

    assertEquals(200, xlsx.statusCode());
    String disposition = xlsx.headers().firstValue("Content-Disposition").orElseThrow();
    assertTrue(disposition.startsWith("attachment; filename=\"work-queue-"), disposition);
    assertTrue(disposition.contains("filename*=UTF-8''%E0%B8"), "the Thai name: " + disposition);
    assertEquals("nosniff", xlsx.headers().firstValue("X-Content-Type-Options").orElseThrow());
    try (var book = new XSSFWorkbook(new ByteArrayInputStream(xlsx.body()))) {
      Sheet sheet = book.getSheetAt(0);
      assertEquals("งานรอดำเนินการ", sheet.getRow(0).getCell(0).getStringCellValue());
      Row heading = null;
      Row madeAt = null;
      for (Row row : sheet) {
        if (row.getCell(0) == null || row.getCell(0).getCellType() != CellType.STRING) {
          continue;
        }
        if ("เลขที่คำขอ".equals(row.getCell(0).getStringCellValue())
            || row.getCell(0).getStringCellValue().startsWith("เลขที่")) {
          heading = row;
          break;
        }
        if ("ส่งออกเมื่อ".equals(row.getCell(0).getStringCellValue())) {
          madeAt = row;
        }
      }
      assertTrue(heading != null, "a heading row");
      assertTrue(madeAt != null, "made at");
      assertTrue(DateUtil.isCellDateFormatted(madeAt.getCell(1)), "a real date cell");
      assertTrue(
          madeAt.getCell(1).getCellStyle().getDataFormatString().startsWith("[$-107041E]"),
          "in the Buddhist era");
      Row first = sheet.getRow(heading.getRowNum() + 1);
      if (first != null && first.getCell(7) != null) {
        assertEquals(CellType.NUMERIC, first.getCell(7).getCellType(), "minutes left: a number");
      }
    }
  }

  private static void assertNoSession(String what, List<String> cookies) {
    for (String set : cookies) {
      if (set.startsWith("JSESSIONID=")) {
        assertTrue(set.contains("Expires=Thu, 01-Jan-1970"), what + " sets a session: " + set);
      }
    }
  }
}
