package th.go.sesaoret.servicedesk.report.application;

/** The formats a report downloads in: its content type and file extension. */
public enum ExportFormat {
  XLSX("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "xlsx"),
  /** UTF-8 with a byte order mark, so that Excel opens the Thai words. */
  CSV("text/csv; charset=UTF-8", "csv"),
  /** To print or publish: A4 landscape, Thai font. */
  PDF("application/pdf", "pdf");

  private final String contentType;
  private final String extension;

  ExportFormat(String contentType, String extension) {
    this.contentType = contentType;
    this.extension = extension;
  }

  public String contentType() {
    return contentType;
  }

  public String extension() {
    return extension;
  }
}
