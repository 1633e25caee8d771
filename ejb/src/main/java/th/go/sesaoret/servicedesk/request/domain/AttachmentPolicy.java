package th.go.sesaoret.servicedesk.request.domain;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import th.go.sesaoret.servicedesk.shared.BusinessException;

/**
 * Which files a request may carry: how many, how large, and which kinds (checked by content, not by
 * name). DOCUMENTS for the general request form; REPAIR for the repair form's photos and files.
 *
 * <p>REPAIR takes photos of a broken device (JPEG, PNG, GIF, WebP, BMP), PDF and plain UTF-8 text
 * (an error log). DOCUMENTS takes all of those plus Office and OpenDocument files and clean SVG
 * drawings (website content). See {@link FileCheck} for how each is proven.
 */
public enum AttachmentPolicy {
  DOCUMENTS(
      Content.MAX_ATTACHMENTS,
      Attachment.MAX_BYTES,
      EnumSet.complementOf(EnumSet.of(FileKind.ZIP))),
  REPAIR(
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

  private final int maxFiles;
  private final int maxBytes;
  private final List<String> extensions;

  AttachmentPolicy(int maxFiles, int maxBytes, Set<FileKind> kinds) {
    this.maxFiles = maxFiles;
    this.maxBytes = maxBytes;
    this.extensions = kinds.stream().flatMap(k -> k.extensions().stream()).toList();
  }

  public int maxFiles() {
    return maxFiles;
  }

  public int maxBytes() {
    return maxBytes;
  }

  /** The file name extensions this policy takes (lower case, no dot); the content must agree. */
  public List<String> extensions() {
    return extensions;
  }

  /** Refuses more than {@link #maxFiles()} files. */
  public void checkCount(int files) {
    if (files > maxFiles) {
      throw new BusinessException("request.attachment.tooMany", maxFiles);
    }
  }

  /**
   * Refuses a file over {@link #maxBytes()} by its size alone, before anything reads it (an upload
   * helper asks this first, so a 50 MB file is never loaded into memory).
   */
  public void checkSize(String filename, long size) {
    if (size > maxBytes) {
      String shown =
          filename == null || filename.isBlank() ? "" : AttachmentName.of(filename, this).name();
      throw new BusinessException("request.attachment.tooLarge", shown, maxBytes >> 20);
    }
  }

  /**
   * A checked attachment; refuses (BusinessException) what this policy does not take. The stored
   * content type is the one detected from the bytes; {@code claimedContentType} (the browser's) is
   * never trusted.
   */
  public Attachment accept(String filename, String claimedContentType, byte[] content) {
    FileCheck.Checked file = FileCheck.inspect(this, filename, content);
    return new Attachment(file.name(), file.contentType(), content);
  }
}
