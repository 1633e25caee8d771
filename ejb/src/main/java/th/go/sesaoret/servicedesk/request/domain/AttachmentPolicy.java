package th.go.sesaoret.servicedesk.request.domain;

/**
 * Which files a request may carry: how many, how large, and which kinds (checked by content, not by
 * name). DOCUMENTS for the general request form; REPAIR for the repair form's photos and files.
 */
public enum AttachmentPolicy {
  DOCUMENTS(Content.MAX_ATTACHMENTS, Attachment.MAX_BYTES),
  REPAIR(5, 5 * 1024 * 1024);

  private final int maxFiles;
  private final int maxBytes;

  AttachmentPolicy(int maxFiles, int maxBytes) {
    this.maxFiles = maxFiles;
    this.maxBytes = maxBytes;
  }

  public int maxFiles() {
    return maxFiles;
  }

  public int maxBytes() {
    return maxBytes;
  }

  /** Refuses more than {@link #maxFiles()} files. */
  public void checkCount(int files) {
    if (files > maxFiles) {
      throw new th.go.sesaoret.servicedesk.shared.BusinessException(
          "request.attachment.tooMany", maxFiles);
    }
  }

  /** A checked attachment; refuses (BusinessException) what this policy does not take. */
  public Attachment accept(String filename, String claimedContentType, byte[] content) {
    return new Attachment(filename, claimedContentType, content);
  }
}
