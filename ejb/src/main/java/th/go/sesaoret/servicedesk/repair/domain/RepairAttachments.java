package th.go.sesaoret.servicedesk.repair.domain;

import java.util.EnumSet;
import th.go.sesaoret.servicedesk.attachment.domain.AttachmentPolicy;
import th.go.sesaoret.servicedesk.attachment.domain.FileKind;

/** What the repair form takes: photos of a broken device, a PDF, a plain-text error log. */
public final class RepairAttachments {
  /** At most 5 files of at most 5 MB: JPEG, PNG, GIF, WebP, BMP, PDF and plain UTF-8 text. */
  public static final AttachmentPolicy POLICY =
      new AttachmentPolicy(
          5,
          5 * 1024 * 1024,
          EnumSet.of(
              FileKind.JPEG,
              FileKind.PNG,
              FileKind.GIF,
              FileKind.WEBP,
              FileKind.BMP,
              FileKind.PDF,
              FileKind.TEXT));

  private RepairAttachments() {}
}
