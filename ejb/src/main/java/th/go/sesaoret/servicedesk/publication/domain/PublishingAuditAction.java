package th.go.sesaoret.servicedesk.publication.domain;

import th.go.sesaoret.servicedesk.audit.domain.AuditAction;

/**
 * The website publication's own actions of steps 5-7 in the audit trail; labels {@code
 * audit.action.<code>} in the pages' bundle.
 */
public enum PublishingAuditAction implements AuditAction {
  PUBLICATION_TAKE(Note.NONE),
  PUBLICATION_SHAPE(Note.NONE),
  PUBLICATION_PREVIEW(Note.NONE),
  PUBLICATION_CONFIRM(Note.NONE),
  PUBLICATION_ASK_CORRECTIONS(Note.WORDS),
  PUBLICATION_PUBLISH(Note.NONE),
  PUBLICATION_LIVE(Note.NONE),
  PUBLICATION_EXPIRE(Note.NONE),
  PUBLICATION_UNPUBLISH(Note.WORDS);

  private final Note note;

  PublishingAuditAction(Note note) {
    this.note = note;
  }

  @Override
  public Note noteKind() {
    return note;
  }

  @Override
  public String labelKey() {
    return "audit.action." + name();
  }
}
