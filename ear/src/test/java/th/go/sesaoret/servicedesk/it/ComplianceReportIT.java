package th.go.sesaoret.servicedesk.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.List;
import java.util.Locale;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import th.go.sesaoret.servicedesk.report.application.ComplianceLine;
import th.go.sesaoret.servicedesk.report.application.ComplianceReport;
import th.go.sesaoret.servicedesk.report.application.DrillRow;
import th.go.sesaoret.servicedesk.report.application.ExportFormat;
import th.go.sesaoret.servicedesk.report.application.Figure;
import th.go.sesaoret.servicedesk.report.domain.FiscalYear;
import th.go.sesaoret.servicedesk.report.domain.ReportPeriod;
import th.go.sesaoret.servicedesk.report.domain.StepFigures;
import th.go.sesaoret.servicedesk.shared.OfficeTime;

/**
 * The compliance report's queries against known steps (fiscal year 2560, 1 Oct 2016 - 30 Sep 2017,
 * which nothing else in the server touches), every figure worked out by hand below.
 *
 * <p>Step 2 of the repair service (the clerk's intake), eight rows:
 *
 * <pre>
 *  finished (Bangkok)  working  on time  returns  paused  outcome
 *  2016-10-01 00:00       10     yes        0        0     COMPLETED  (the period's first moment)
 *  2017-05-02 10:00       20     yes        2       15     COMPLETED
 *  2017-05-03 10:00       30     yes        0        0     COMPLETED
 *  2017-05-04 10:00       40     no         1       30     COMPLETED
 *  2017-05-05 10:00      100     no         0        0     REJECTED
 *  2017-05-08 10:00     null     yes        0        0     COMPLETED  (finished before V12_7_1)
 *  2017-05-09 10:00       50     untimed    0        0     COMPLETED
 *  2017-05-10 10:00       60     yes        0        0     CANCELLED  (left out)
 *  2016-09-30 23:59        5     yes        0        0     COMPLETED  (before the period)
 * </pre>
 *
 * Finished 7; timed 6, within 4, late 2, 66.7%; working time of 6 measured (10 20 30 40 50 100):
 * median (30 + 40) / 2 = 35, 90th percentile at rank 0.9 x 5 = 4.5, halfway from 50 to 100 = 75;
 * returns 3 (2 steps), rejections 1, paused 45.
 */
@ExtendWith(ArquillianExtension.class)
class ComplianceReportIT {
  private static final Locale THAI = Locale.forLanguageTag("th");
  private static final ReportPeriod FY2560 = ReportPeriod.fiscalYear(new FiscalYear(2560));

  @Deployment
  static EnterpriseArchive deployment() {
    return Deployments.withTestClasses(ComplianceReportIT.class, ReportFixture.class);
  }

  @Inject ComplianceReport report;
  @Inject ReportFixture fixture;
  @Inject AsDirector director;
  @Inject AsGroupDirector groupDirector;
  @Inject AsStaff staff;

  private static boolean seeded;

  private static Instant bangkok(int y, int m, int d, int h, int min) {
    return LocalDateTime.of(y, m, d, h, min).atZone(OfficeTime.ZONE).toInstant();
  }

  private void intake(
      int n,
      Instant finished,
      Long working,
      Boolean onTime,
      int returns,
      long paused,
      String outcome) {
    Instant started = finished.minusSeconds(3600);
    fixture.request(
        "REPAIR",
        "RPT-IT-" + n,
        "report test " + n,
        new ReportFixture.Step(
            "repair.intake",
            started,
            onTime == null ? null : started.plusSeconds(1800),
            finished,
            working,
            onTime,
            outcome,
            returns,
            paused));
  }

  @BeforeEach
  void seed() {
    if (seeded) {
      return;
    }
    seeded = true;
    intake(1, bangkok(2016, 10, 1, 0, 0), 10L, true, 0, 0, "COMPLETED");
    intake(2, bangkok(2017, 5, 2, 10, 0), 20L, true, 2, 15, "COMPLETED");
    intake(3, bangkok(2017, 5, 3, 10, 0), 30L, true, 0, 0, "COMPLETED");
    intake(4, bangkok(2017, 5, 4, 10, 0), 40L, false, 1, 30, "COMPLETED");
    intake(5, bangkok(2017, 5, 5, 10, 0), 100L, false, 0, 0, "REJECTED");
    intake(6, bangkok(2017, 5, 8, 10, 0), null, true, 0, 0, "COMPLETED");
    intake(7, bangkok(2017, 5, 9, 10, 0), 50L, null, 0, 0, "COMPLETED");
    intake(8, bangkok(2017, 5, 10, 10, 0), 60L, true, 0, 0, "CANCELLED");
    intake(9, bangkok(2016, 9, 30, 23, 59), 5L, true, 0, 0, "COMPLETED");
  }

  private static ComplianceLine line(List<ComplianceLine> lines, String service, String key) {
    return lines.stream()
        .filter(l -> l.serviceCode().equals(service) && l.stepKey().equals(key))
        .findFirst()
        .orElseThrow(() -> new AssertionError(service + " " + key + " not in " + lines));
  }

  @Test
  void theFiscalYearsFiguresAreTheDatabasesAggregates() throws Exception {
    List<ComplianceLine> lines = director.call(() -> report.lines(FY2560, THAI));
    StepFigures intake = line(lines, "REPAIR", "repair.intake").figures();
    assertEquals(7, intake.finished(), "cancelled and before-the-period rows left out");
    assertEquals(6, intake.timed());
    assertEquals(4, intake.withinStandard());
    assertEquals(2, intake.late());
    assertEquals(new BigDecimal("66.7"), intake.percentWithinStandard());
    assertEquals(6, intake.measured());
    assertEquals(35.0, intake.medianMinutes(), 1e-9);
    assertEquals(75.0, intake.p90Minutes(), 1e-9);
    assertEquals(3, intake.returns());
    assertEquals(1, intake.rejections());
    assertEquals(45, intake.pausedMinutes());

    ComplianceLine shown = line(lines, "REPAIR", "repair.intake");
    assertEquals(2, shown.stepOrder());
    assertEquals(30, shown.standardMinutes(), "the manual's 30 minutes");
    assertTrue(shown.standard().contains("30"), shown.standard());

    StepFigures order = line(lines, "REPAIR", "repair.order").figures();
    assertEquals(0, order.finished(), "a step with nothing finished still shows");
    assertNull(order.medianMinutes());
    assertNull(order.percentWithinStandard());
    assertTrue(lines.stream().anyMatch(l -> l.serviceCode().equals("PUBLICATION")));
    assertTrue(lines.stream().anyMatch(l -> l.serviceCode().equals("VIDEO_CONFERENCE")));
  }

  @Test
  void theSecondHalfAndAMonthCountOnlyTheirDays() throws Exception {
    StepFigures half2 =
        line(
                groupDirector.call(
                    () -> report.lines(ReportPeriod.half(new FiscalYear(2560), 2), THAI)),
                "REPAIR",
                "repair.intake")
            .figures();
    // rows 2-7 (1 October 2016 is in the first half): measured 20 30 40 50 100
    assertEquals(6, half2.finished());
    assertEquals(5, half2.timed());
    assertEquals(3, half2.withinStandard());
    assertEquals(40.0, half2.medianMinutes(), 1e-9);
    // rank 0.9 x 4 = 3.6: 50 + 0.6 x (100 - 50) = 80
    assertEquals(80.0, half2.p90Minutes(), 1e-9);

    StepFigures first =
        line(
                director.call(() -> report.lines(ReportPeriod.half(new FiscalYear(2560), 1), THAI)),
                "REPAIR",
                "repair.intake")
            .figures();
    assertEquals(1, first.finished(), "the period's first moment is in it");
    assertEquals(10.0, first.medianMinutes(), 1e-9);

    StepFigures september =
        line(
                director.call(() -> report.lines(ReportPeriod.month(YearMonth.of(2016, 9)), THAI)),
                "REPAIR",
                "repair.intake")
            .figures();
    assertEquals(1, september.finished(), "23:59 on 30 September, Bangkok");
  }

  @Test
  void customDatesAddTheirPartialMonthsToTheWholeOnes() throws Exception {
    // 15 April to 15 June 2017: May from the projection, the days of April and June from the
    // steps; rows 2-7 again: measured 20 30 40 50 100
    StepFigures custom =
        line(
                director.call(
                    () ->
                        report.lines(
                            ReportPeriod.custom(
                                java.time.LocalDate.of(2017, 4, 15),
                                java.time.LocalDate.of(2017, 6, 15)),
                            THAI)),
                "REPAIR",
                "repair.intake")
            .figures();
    assertEquals(6, custom.finished());
    assertEquals(40.0, custom.medianMinutes(), 1e-9);
    assertEquals(80.0, custom.p90Minutes(), 1e-9);

    // 3 to 31 May, no whole month: all from the steps; rows 3-7: measured 30 40 50 100
    StepFigures partial =
        line(
                director.call(
                    () ->
                        report.lines(
                            ReportPeriod.custom(
                                java.time.LocalDate.of(2017, 5, 3),
                                java.time.LocalDate.of(2017, 5, 31)),
                            THAI)),
                "REPAIR",
                "repair.intake")
            .figures();
    assertEquals(5, partial.finished());
    assertEquals(4, partial.measured());
    assertEquals(45.0, partial.medianMinutes(), 1e-9);
    // rank 0.9 x 3 = 2.7: 50 + 0.7 x (100 - 50) = 85
    assertEquals(85.0, partial.p90Minutes(), 1e-9);
  }

  @Test
  void aFigureOpensOnTheRequestsBehindIt() throws Exception {
    List<DrillRow> late =
        director.call(() -> report.requests(FY2560, "REPAIR", "repair.intake", Figure.LATE, 0, 10));
    assertEquals(
        List.of("RPT-IT-5", "RPT-IT-4"), late.stream().map(DrillRow::requestNumber).toList());
    assertEquals(100L, late.get(0).workingMinutes());
    assertEquals(
        2L,
        (long)
            director.call(
                () -> report.countRequests(FY2560, "REPAIR", "repair.intake", Figure.LATE)));
    assertEquals(
        7L,
        (long)
            director.call(
                () -> report.countRequests(FY2560, "REPAIR", "repair.intake", Figure.FINISHED)));
    List<DrillRow> page2 =
        director.call(
            () -> report.requests(FY2560, "REPAIR", "repair.intake", Figure.FINISHED, 5, 5));
    assertEquals(
        List.of("RPT-IT-2", "RPT-IT-1"), page2.stream().map(DrillRow::requestNumber).toList());
    assertEquals(
        List.of("RPT-IT-4", "RPT-IT-2"),
        director
            .call(() -> report.requests(FY2560, "REPAIR", "repair.intake", Figure.RETURNED, 0, 10))
            .stream()
            .map(DrillRow::requestNumber)
            .toList());
    assertEquals(
        List.of("RPT-IT-5"),
        director
            .call(() -> report.requests(FY2560, "REPAIR", "repair.intake", Figure.REJECTED, 0, 10))
            .stream()
            .map(DrillRow::requestNumber)
            .toList());
    assertEquals(
        4L,
        (long)
            director.call(
                () ->
                    report.countRequests(
                        FY2560, "REPAIR", "repair.intake", Figure.WITHIN_STANDARD)));
  }

  @Test
  void theWorkbookHasThaiHeadingsAndTheSameFiguresAsNumbers() throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    director.call(
        () -> {
          report.export(FY2560, ExportFormat.XLSX, THAI, out);
          return null;
        });
    try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
      Sheet sheet = book.getSheetAt(0);
      assertEquals(
          "ปีงบประมาณ พ.ศ. 2560 (1 ต.ค. 2559 - 30 ก.ย. 2560)",
          sheet.getRow(2).getCell(1).getStringCellValue());
      Row head = sheet.getRow(5);
      assertEquals("งานบริการ", head.getCell(0).getStringCellValue());
      assertEquals("จำนวนที่เสร็จ", head.getCell(5).getStringCellValue());
      Row intake = null;
      for (Row row : sheet) {
        if (row.getRowNum() > 5
            && row.getCell(1).getNumericCellValue() == 2
            && row.getCell(0).getStringCellValue().contains("ซ่อม")) {
          intake = row;
        }
      }
      assertTrue(intake != null, "the repair intake row");
      assertEquals(CellType.NUMERIC, intake.getCell(5).getCellType());
      assertEquals(7.0, intake.getCell(5).getNumericCellValue());
      assertEquals(66.7, intake.getCell(8).getNumericCellValue(), 1e-9);
      assertEquals(35.0, intake.getCell(10).getNumericCellValue(), 1e-9);
      assertEquals(75.0, intake.getCell(11).getNumericCellValue(), 1e-9);
    }
  }

  @Test
  void onlyTheDirectorsAndTheAdministratorReadIt() {
    assertThrows(EJBAccessException.class, () -> staff.call(() -> report.lines(FY2560, THAI)));
  }
}
