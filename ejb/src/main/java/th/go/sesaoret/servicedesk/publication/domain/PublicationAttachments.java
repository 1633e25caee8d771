package th.go.sesaoret.servicedesk.publication.domain;

import java.util.EnumSet;
import th.go.sesaoret.servicedesk.attachment.domain.AttachmentPolicy;
import th.go.sesaoret.servicedesk.attachment.domain.FileKind;

/**
 * What a post may carry: documents to download (PDF, Office and OpenDocument files) and pictures
 * (JPEG, PNG, GIF, WebP, and clean SVG drawings such as a logo or a diagram), each checked by its
 * content ({@link AttachmentPolicy#accept}). An SVG with a script, an event handler or an outside
 * reference is refused by that check; a file whose content is not what its name says (an executable
 * named {@code .pdf}) is refused too. No plain text, BMP or bare archive: a website does not show
 * them.
 */
public final class PublicationAttachments {
  /** At most 10 files of at most 10 MB each. */
  public static final AttachmentPolicy POLICY =
      new AttachmentPolicy(
          AttachmentPolicy.MAX_FILES,
          AttachmentPolicy.MAX_BYTES,
          EnumSet.of(
              FileKind.PDF,
              FileKind.DOCX,
              FileKind.XLSX,
              FileKind.PPTX,
              FileKind.ODT,
              FileKind.ODS,
              FileKind.ODP,
              FileKind.JPEG,
              FileKind.PNG,
              FileKind.GIF,
              FileKind.WEBP,
              FileKind.SVG));

  private PublicationAttachments() {}
}
