package th.go.sesaoret.servicedesk.export.domain;

import java.util.Arrays;
import java.util.Optional;

/** The file formats a list or a report downloads in: content type and file extension. */
public enum Format {
  XLSX("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "xlsx"),
  /** UTF-8 with a byte order mark, so that Excel opens the Thai words. */
  CSV("text/csv; charset=UTF-8", "csv"),
  /** To print or publish: A4 landscape, Thai font. */
  PDF("application/pdf", "pdf");

  private final String contentType;
  private final String extension;

  Format(String contentType, String extension) {
    this.contentType = contentType;
    this.extension = extension;
  }

  public String contentType() {
    return contentType;
  }

  public String extension() {
    return extension;
  }

  /** The format of a file extension ({@code xlsx}, {@code csv}, {@code pdf}); empty otherwise. */
  public static Optional<Format> byExtension(String extension) {
    return Arrays.stream(values()).filter(f -> f.extension.equals(extension)).findFirst();
  }
}
