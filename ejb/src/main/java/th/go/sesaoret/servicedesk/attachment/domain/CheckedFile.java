package th.go.sesaoret.servicedesk.attachment.domain;

/**
 * A file a policy accepted: its cleaned name, the content type detected from its bytes (never the
 * browser's claim) and the bytes themselves, ready to be stored by the feature that keeps it.
 */
public record CheckedFile(String name, String contentType, byte[] content) {
  public int size() {
    return content.length;
  }
}
