package th.go.sesaoret.servicedesk.request.domain;

import java.util.List;
import th.go.sesaoret.servicedesk.attachment.domain.AttachmentPolicy;
import th.go.sesaoret.servicedesk.shared.BusinessException;

/** What a requester writes: a title (required), a description, files. Checked on creation. */
public record Content(String title, String description, List<Attachment> attachments) {
  /** No request carries more files than any policy allows. */
  public static final int MAX_ATTACHMENTS = AttachmentPolicy.MAX_FILES;

  /** The longest title kept (its column); a longer one is refused, never cut. */
  public static final int TITLE_MAX = ServiceRequest.TITLE_MAX;

  /** The longest description kept (its column). */
  public static final int DESCRIPTION_MAX = ServiceRequest.DESCRIPTION_MAX;

  public Content {
    if (title == null || title.isBlank()) {
      throw new BusinessException("request.title.required");
    }
    title = title.strip();
    description = description == null ? "" : description.strip();
    if (title.length() > ServiceRequest.TITLE_MAX) {
      throw new BusinessException("request.title.tooLong", ServiceRequest.TITLE_MAX);
    }
    if (description.length() > ServiceRequest.DESCRIPTION_MAX) {
      throw new BusinessException("request.description.tooLong", ServiceRequest.DESCRIPTION_MAX);
    }
    attachments = attachments == null ? List.of() : List.copyOf(attachments);
    if (attachments.size() > MAX_ATTACHMENTS) {
      throw new BusinessException("request.attachment.tooMany", MAX_ATTACHMENTS);
    }
  }
}
