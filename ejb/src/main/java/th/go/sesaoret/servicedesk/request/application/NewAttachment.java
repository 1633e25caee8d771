package th.go.sesaoret.servicedesk.request.application;

import java.io.Serializable;
import th.go.sesaoret.servicedesk.attachment.domain.AttachmentPolicy;
import th.go.sesaoret.servicedesk.request.domain.Attachment;

/** A file uploaded with a request, as the screen received it. */
public record NewAttachment(String filename, String contentType, byte[] content)
    implements Serializable {
  Attachment toAttachment() {
    return toAttachment(AttachmentPolicy.DOCUMENTS);
  }

  /** The file as {@code policy} accepts it (checked by content), or a BusinessException. */
  public Attachment toAttachment(AttachmentPolicy policy) {
    var checked = policy.accept(filename, contentType, content);
    return new Attachment(checked.name(), checked.contentType(), checked.content());
  }
}
