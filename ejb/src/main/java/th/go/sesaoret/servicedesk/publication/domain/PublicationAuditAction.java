package th.go.sesaoret.servicedesk.publication.domain;

import th.go.sesaoret.servicedesk.audit.domain.AuditAction;

/**
 * The website publication's own actions in the audit trail (its request side: draft, files,
 * submission, correction, the authoriser's signature, reading its files); labels {@code
 * audit.action.<code>} in the pages' bundle.
 */
public enum PublicationAuditAction implements AuditAction {
  PUBLICATION_DRAFT(Note.NONE),
  PUBLICATION_FILE(Note.NONE),
  PUBLICATION_FILE_REMOVE(Note.NONE),
  PUBLICATION_SUBMIT(Note.NONE),
  PUBLICATION_CORRECT(Note.NONE),
  PUBLICATION_APPROVE(Note.NONE),
  PUBLICATION_VIEW(Note.NONE);

  private final Note note;

  PublicationAuditAction(Note note) {
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
