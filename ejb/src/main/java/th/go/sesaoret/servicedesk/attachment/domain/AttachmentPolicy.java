package th.go.sesaoret.servicedesk.attachment.domain;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import th.go.sesaoret.servicedesk.shared.BusinessException;

/**
 * Which files a request may carry: how many, how large, and which kinds (checked by content, not by
 * name). Each service declares its own (the repair form's photos and files in the repair feature);
 * {@link #DOCUMENTS} is the general request form's.
 *
 * <p>DOCUMENTS takes photos (JPEG, PNG, GIF, WebP, BMP), PDF, plain UTF-8 text, Office and
 * OpenDocument files and clean SVG drawings (website content). See {@link FileCheck} for how each
 * is proven.
 */
public final class AttachmentPolicy {
  /** At most this many files on any request, whatever its service. */
  public static final int MAX_FILES = 10;

  /** No file over this size on any request (10 MB). */
  public static final int MAX_BYTES = 10 * 1024 * 1024;

  /** The general request form: every kind but a bare zip, up to the overall limits. */
  public static final AttachmentPolicy DOCUMENTS =
      new AttachmentPolicy(MAX_FILES, MAX_BYTES, EnumSet.complementOf(EnumSet.of(FileKind.ZIP)));

  private final int maxFiles;
  private final int maxBytes;
  private final List<String> extensions;

  /**
   * A policy of at most {@code maxFiles} files of at most {@code maxBytes} each, of the given
   * kinds; never more than the overall {@link #MAX_FILES} and {@link #MAX_BYTES}.
   */
  public AttachmentPolicy(int maxFiles, int maxBytes, Set<FileKind> kinds) {
    if (maxFiles < 1 || maxFiles > MAX_FILES || maxBytes < 1 || maxBytes > MAX_BYTES) {
      throw new IllegalArgumentException("limits out of range: " + maxFiles + ", " + maxBytes);
    }
    if (kinds.isEmpty()) {
      throw new IllegalArgumentException("a policy takes at least one kind of file");
    }
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
   * A checked file; refuses (BusinessException) what this policy does not take. The stored content
   * type is the one detected from the bytes; {@code claimedContentType} (the browser's) is never
   * trusted.
   */
  public CheckedFile accept(String filename, String claimedContentType, byte[] content) {
    FileCheck.Checked file = FileCheck.inspect(this, filename, content);
    return new CheckedFile(file.name(), file.contentType(), content);
  }
}
