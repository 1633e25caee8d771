package th.go.sesaoret.servicedesk.attachment.domain;

import th.go.sesaoret.servicedesk.shared.BusinessException;

/**
 * Checks an uploaded file against a policy by its content, never by its name or the browser's claim
 * (the content-type override class of bug): name rules ({@link AttachmentName}), size, the kind
 * decided from the bytes ({@link FileSignature}), which must be the kind the extension names (a PNG
 * named {@code photo.jpg} is refused, not silently relabelled), and then proof that the file is
 * what it says: pictures decode and end where their end marker says ({@link ImageEnd}), PDFs are
 * whole and passive ({@link PdfDocument}), archives hold no macros and do not expand past a bound,
 * SVG drawings are clean. The result carries the detected content type, the only one ever stored.
 */
final class FileCheck {
  private FileCheck() {}

  record Checked(String name, FileKind kind) {
    String contentType() {
      return kind.contentType();
    }
  }

  static Checked inspect(AttachmentPolicy policy, String filename, byte[] content) {
    AttachmentName name = AttachmentName.of(filename, policy);
    String shown = name.name();
    if (content == null || content.length == 0) {
      throw new BusinessException("request.attachment.empty", shown);
    }
    policy.checkSize(shown, content.length);
    FileKind kind =
        FileSignature.detect(content)
            .orElseThrow(() -> new BusinessException("request.attachment.unrecognized", shown));
    if (!kind.extensions().contains(name.extension())) {
      throw new BusinessException(
          "request.attachment.mismatch", shown, name.extension(), kind.label());
    }
    prove(kind, shown, content);
    return new Checked(shown, kind);
  }

  private static void prove(FileKind kind, String name, byte[] content) {
    if (kind.isRaster()) {
      proveRaster(kind, name, content);
    } else if (kind == FileKind.PDF) {
      provePdf(name, content);
    } else if (kind.isOfficeZip()) {
      proveOffice(name, ZipDirectory.read(content).orElseThrow());
    } else if (kind == FileKind.SVG && !SvgDocument.isClean(content)) {
      throw new BusinessException("request.attachment.svgUnsafe", name);
    }
  }

  private static void proveRaster(FileKind kind, String name, byte[] content) {
    try {
      RasterImage.check(kind, content);
    } catch (RasterImage.TooManyPixels e) {
      throw new BusinessException(
          "request.attachment.tooManyPixels",
          name,
          e.width,
          e.height,
          RasterImage.MAX_PIXELS / 1_000_000);
    } catch (RasterImage.TrailingData e) {
      throw new BusinessException("request.attachment.trailingData", name, kind.label());
    } catch (RasterImage.Damaged e) {
      throw new BusinessException("request.attachment.damaged", name, kind.label());
    }
  }

  private static void provePdf(String name, byte[] content) {
    switch (PdfDocument.check(content)) {
      case CLEAN -> {}
      case LOCKED -> throw new BusinessException("request.attachment.pdfLocked", name);
      case ACTIVE -> throw new BusinessException("request.attachment.pdfActive", name);
      default -> throw new BusinessException("request.attachment.damaged", name, "PDF");
    }
  }

  private static void proveOffice(String name, ZipDirectory zip) {
    if (zip.hasMacros()) {
      throw new BusinessException("request.attachment.macros", name);
    }
    if (zip.expandedBytes() > ZipDirectory.MAX_EXPANDED_BYTES) {
      throw new BusinessException(
          "request.attachment.expandsTooMuch", name, ZipDirectory.MAX_EXPANDED_BYTES >> 20);
    }
  }
}
