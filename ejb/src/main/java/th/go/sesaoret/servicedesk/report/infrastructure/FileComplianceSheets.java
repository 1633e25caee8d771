package th.go.sesaoret.servicedesk.report.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import th.go.sesaoret.servicedesk.report.application.ComplianceSheet;
import th.go.sesaoret.servicedesk.report.application.ComplianceSheets;
import th.go.sesaoret.servicedesk.report.application.ExportFormat;

/** XLSX by Apache POI, CSV by Apache Commons CSV, PDF by OpenPDF. */
@ApplicationScoped
public class FileComplianceSheets implements ComplianceSheets {
  @Override
  public ComplianceSheet of(ExportFormat format) {
    return switch (format) {
      case XLSX -> new XlsxComplianceSheet();
      case CSV -> new CsvComplianceSheet();
      case PDF -> new PdfComplianceSheet();
    };
  }
}
