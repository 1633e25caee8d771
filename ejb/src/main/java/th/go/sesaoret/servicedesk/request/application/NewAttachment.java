package th.go.sesaoret.servicedesk.request.application;

import java.io.Serializable;
import th.go.sesaoret.servicedesk.request.domain.Attachment;

/** A file uploaded with a request, as the screen received it. */
public record NewAttachment(String filename, String contentType, byte[] content)
    implements Serializable {
  Attachment toAttachment() {
    return new Attachment(filename, contentType, content);
  }
}
