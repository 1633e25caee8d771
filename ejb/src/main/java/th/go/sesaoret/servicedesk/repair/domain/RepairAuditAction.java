package th.go.sesaoret.servicedesk.repair.domain;

import th.go.sesaoret.servicedesk.audit.domain.AuditAction;

/**
 * The repair's own actions in the audit trail, beside the engine's; labels {@code
 * audit.action.<code>} in the pages' bundle.
 */
public enum RepairAuditAction implements AuditAction {
  REPAIR_CORRECT(Note.NONE),
  REPAIR_REGISTER(Note.NONE),
  REPAIR_FORWARD(Note.NONE),
  REPAIR_ORDER(Note.NONE),
  REPAIR_ACCEPT(Note.NONE),
  REPAIR_LOG(Note.NONE),
  REPAIR_PAUSE(Note.WORDS),
  REPAIR_RESUME(Note.WORDS),
  REPAIR_RESOLVE(Note.NONE),
  REPAIR_REPORT(Note.NONE),
  REPAIR_CONFIRM(Note.NONE),
  REPAIR_REOPEN(Note.WORDS),
  REPAIR_AUTO_CLOSE(Note.NONE),
  REPAIR_VIEW(Note.NONE),
  REPAIR_PRINT(Note.NONE);

  private final Note note;

  RepairAuditAction(Note note) {
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
