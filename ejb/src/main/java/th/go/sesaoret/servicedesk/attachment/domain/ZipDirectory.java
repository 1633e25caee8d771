package th.go.sesaoret.servicedesk.attachment.domain;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The entry names of a zip archive read from its central directory, and the ODF {@code mimetype}
 * entry read from the first local header (stored uncompressed by the ODF rules). Nothing is
 * inflated, so a zip bomb costs nothing here; the uncompressed sizes the directory declares are
 * summed ({@link #expandedBytes()}) so that one is refused all the same (nothing in the application
 * inflates an attachment: it is stored and handed back as uploaded). Tells OOXML (DOCX/XLSX/PPTX: a
 * {@code [Content_Types].xml} plus the main part's folder) and ODF (ODT/ODS/ODP) from a bare
 * archive.
 */
record ZipDirectory(List<String> names, String odfMimetype, long expandedBytes) {
  /**
   * What an Office file may expand to, by the sizes its directory declares: ten times the largest
   * file taken. A 10 MB document of text and pictures expands to far less; a zip bomb declares
   * more.
   */
  static final long MAX_EXPANDED_BYTES = 100L * 1024 * 1024;

  private static final long ZIP64 = 0xFFFFFFFFL;
  private static final long EOCD = 0x06054b50L;
  private static final long CENTRAL = 0x02014b50L;
  private static final long LOCAL = 0x04034b50L;
  private static final int MAX_ENTRIES = 20_000;
  private static final String ODF = "application/vnd.oasis.opendocument.";

  static Optional<ZipDirectory> read(byte[] b) {
    int end = endOfCentralDirectory(b);
    if (end < 0) {
      return Optional.empty();
    }
    int count = Bytes.u16le(b, end + 10);
    long offset = Bytes.u32le(b, end + 16);
    if (count > MAX_ENTRIES || offset < 0 || offset >= end) {
      return Optional.empty();
    }
    List<String> names = new ArrayList<>();
    long expanded = 0;
    int p = (int) offset;
    for (int i = 0; i < count; i++) {
      if (Bytes.u32le(b, p) != CENTRAL) {
        return Optional.empty();
      }
      int n = Bytes.u16le(b, p + 28);
      int next = p + 46 + n + Bytes.u16le(b, p + 30) + Bytes.u16le(b, p + 32);
      if (n < 0 || next > end) {
        return Optional.empty();
      }
      names.add(new String(b, p + 46, n, StandardCharsets.UTF_8));
      long size = Bytes.u32le(b, p + 24);
      // a ZIP64 size (0xFFFFFFFF here) is 4 GiB or more: over any bound
      expanded =
          Math.min(Long.MAX_VALUE / 2, expanded + (size == ZIP64 ? Long.MAX_VALUE / 4 : size));
      p = next;
    }
    return Optional.of(new ZipDirectory(List.copyOf(names), firstStoredMimetype(b), expanded));
  }

  private static int endOfCentralDirectory(byte[] b) {
    int lowest = Math.max(0, b.length - 22 - 0xFFFF);
    for (int p = b.length - 22; p >= lowest; p--) {
      if (Bytes.u32le(b, p) == EOCD) {
        return p;
      }
    }
    return -1;
  }

  private static String firstStoredMimetype(byte[] b) {
    int n = Bytes.u16le(b, 26);
    int extra = Bytes.u16le(b, 28);
    long size = Bytes.u32le(b, 18);
    boolean stored = Bytes.u32le(b, 0) == LOCAL && Bytes.u16le(b, 8) == 0;
    if (!stored || n != 8 || extra < 0 || size <= 0 || size > 100 || b.length < 38) {
      return "";
    }
    if (!"mimetype".equals(new String(b, 30, n, StandardCharsets.US_ASCII))) {
      return "";
    }
    int data = 30 + n + extra;
    return data + size > b.length ? "" : new String(b, data, (int) size, StandardCharsets.US_ASCII);
  }

  FileKind kind() {
    switch (odfMimetype) {
      case ODF + "text":
        return FileKind.ODT;
      case ODF + "spreadsheet":
        return FileKind.ODS;
      case ODF + "presentation":
        return FileKind.ODP;
      default:
        break;
    }
    if (!names.contains("[Content_Types].xml")) {
      return FileKind.ZIP;
    }
    if (hasFolder("word/")) {
      return FileKind.DOCX;
    }
    if (hasFolder("xl/")) {
      return FileKind.XLSX;
    }
    return hasFolder("ppt/") ? FileKind.PPTX : FileKind.ZIP;
  }

  /** VBA projects (OOXML) or Basic/script folders (ODF): macros are not taken. */
  boolean hasMacros() {
    return names.stream()
        .map(n -> n.toLowerCase(Locale.ROOT))
        .anyMatch(
            n ->
                n.endsWith("vbaproject.bin") || n.startsWith("basic/") || n.startsWith("scripts/"));
  }

  private boolean hasFolder(String folder) {
    return names.stream().anyMatch(n -> n.startsWith(folder));
  }
}
