package th.go.sesaoret.servicedesk.attachment.domain;

import java.io.Serializable;

/**
 * A file as a screen received it, before any check: its name, the type the browser claimed and its
 * bytes. {@link AttachmentPolicy#accept} decides what it is.
 */
public record Upload(String filename, String contentType, byte[] content) implements Serializable {
  /** The file as {@code policy} accepts it (checked by content), or a BusinessException. */
  public CheckedFile checkedBy(AttachmentPolicy policy) {
    return policy.accept(filename, contentType, content);
  }
}
