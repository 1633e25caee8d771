package th.go.sesaoret.servicedesk.report.application;

/** The writer of each export format (the infrastructure's POI and CSV writers). */
public interface ComplianceSheets {
  ComplianceSheet of(ExportFormat format);
}
