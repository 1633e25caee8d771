package th.go.sesaoret.servicedesk.satisfaction.domain;

import th.go.sesaoret.servicedesk.audit.domain.AuditAction;

/**
 * The survey's actions in the audit trail; labels {@code audit.action.<code>} in the pages' bundle.
 */
public enum SatisfactionAuditAction implements AuditAction {
  SATISFACTION_ANSWER(Note.NONE);

  private final Note note;

  SatisfactionAuditAction(Note note) {
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
