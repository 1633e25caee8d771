package th.go.sesaoret.servicedesk.request.domain;

import th.go.sesaoret.servicedesk.audit.domain.AuditAction;

/**
 * The actions the request engine itself writes to the audit trail, for every service; labels {@code
 * audit.action.<code>} in the pages' bundle.
 */
public enum RequestAuditAction implements AuditAction {
  REQUEST_SUBMIT(Note.NONE),
  REQUEST_RESUBMIT(Note.NONE),
  REQUEST_CANCEL(Note.WORDS),
  REQUEST_VIEW(Note.NONE),
  AUDIT_VIEW(Note.NONE),
  STEP_COMPLETE(Note.WORDS),
  STEP_APPROVE(Note.NONE),
  STEP_REJECT(Note.AFTER_REASON),
  STEP_RETURN(Note.WORDS),
  STEP_REASSIGN(Note.NONE),
  STEP_SCHEDULE(Note.NONE),
  ACTING_APPOINT(Note.NONE);

  private final Note note;

  RequestAuditAction(Note note) {
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
