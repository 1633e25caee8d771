package th.go.sesaoret.servicedesk.attachment.domain;

import java.util.List;
import java.util.Locale;

/**
 * What a file really is, as decided from its bytes ({@link FileSignature}), with the content type
 * stored for it and the extensions its name may carry. {@link #ZIP} is recognised only to say so in
 * a refusal; no policy takes a bare archive.
 */
public enum FileKind {
  JPEG("image/jpeg", "jpg", "jpeg"),
  PNG("image/png", "png"),
  GIF("image/gif", "gif"),
  BMP("image/bmp", "bmp"),
  WEBP("image/webp", "webp"),
  PDF("application/pdf", "pdf"),
  TEXT("text/plain; charset=UTF-8", "txt", "log"),
  DOCX("application/vnd.openxmlformats-officedocument.wordprocessingml.document", "docx"),
  XLSX("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "xlsx"),
  PPTX("application/vnd.openxmlformats-officedocument.presentationml.presentation", "pptx"),
  ODT("application/vnd.oasis.opendocument.text", "odt"),
  ODS("application/vnd.oasis.opendocument.spreadsheet", "ods"),
  ODP("application/vnd.oasis.opendocument.presentation", "odp"),
  SVG("image/svg+xml", "svg"),
  ZIP("application/zip", "zip");

  private final String contentType;
  private final List<String> extensions;

  FileKind(String contentType, String... extensions) {
    this.contentType = contentType;
    this.extensions = List.of(extensions);
  }

  String contentType() {
    return contentType;
  }

  /** Lower-case extensions without the dot, the usual one first. */
  List<String> extensions() {
    return extensions;
  }

  /** The short name shown in messages: the usual extension in capitals (JPG, DOCX, TXT). */
  String label() {
    return extensions.get(0).toUpperCase(Locale.ROOT);
  }

  boolean isRaster() {
    return this == JPEG || this == PNG || this == GIF || this == BMP || this == WEBP;
  }

  boolean isOfficeZip() {
    return ordinal() >= DOCX.ordinal() && ordinal() <= ODP.ordinal();
  }
}
