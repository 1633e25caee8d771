package th.go.sesaoret.servicedesk.approval.domain;

import th.go.sesaoret.servicedesk.audit.domain.AuditAction;

/**
 * The approval desk's own audit actions (each signature is audited by the service that signs it): a
 * batch refused at its password, an item refused because its content changed since it was shown.
 */
public enum ApprovalAuditAction implements AuditAction {
  APPROVAL_BATCH_SIGN,
  APPROVAL_CONTENT_CHANGED;

  @Override
  public Note noteKind() {
    return Note.NONE;
  }

  @Override
  public String labelKey() {
    return "approval.audit." + name();
  }
}
