package th.go.sesaoret.servicedesk.request.application;

import java.io.Serializable;
import java.util.Set;

/**
 * An attachment without its bytes (for lists); download with RequestQueries.attachment. Its content
 * type is the one its content was checked to be at upload; pictures and PDFs of those types may be
 * shown inline (a preview), everything else is only downloaded.
 */
public record AttachmentInfo(Long id, String filename, String contentType, Long size, String sha256)
    implements Serializable {
  private static final Set<String> IMAGES =
      Set.of("image/jpeg", "image/png", "image/gif", "image/webp", "image/bmp");
  private static final String PDF = "application/pdf";

  /** True for a checked raster picture (never SVG: it may carry script). */
  public boolean isImage() {
    return IMAGES.contains(contentType);
  }

  public boolean isPdf() {
    return PDF.equals(contentType);
  }

  /** True when a checked content type is safe to show inline in the browser. */
  public static boolean showsInline(String contentType) {
    return IMAGES.contains(contentType) || PDF.equals(contentType);
  }
}
