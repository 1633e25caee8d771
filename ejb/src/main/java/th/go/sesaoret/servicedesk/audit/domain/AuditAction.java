package th.go.sesaoret.servicedesk.audit.domain;

import java.util.Optional;

/**
 * Every action the application writes to the audit trail, with what its detail holds: the acting
 * person's own words (a comment, a reason), or technical facts kept for the administrator's audit
 * search only (hashes, user names, codes). The request page words each entry from this.
 */
public enum AuditAction {
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
  ACTING_APPOINT(Note.NONE),
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

  /** What part of a recorded action's detail is the person's own words. */
  enum Note {
    NONE,
    WORDS,
    AFTER_REASON
  }

  private static final String REASON = " reason=";

  private final Note note;

  AuditAction(Note note) {
    this.note = note;
  }

  /** The action of a code as written, if it is one of the application's. */
  public static Optional<AuditAction> of(String code) {
    for (AuditAction a : values()) {
      if (a.name().equals(code)) {
        return Optional.of(a);
      }
    }
    return Optional.empty();
  }

  /** The acting person's own words in a recorded action's detail, or null when it holds none. */
  public String note(String detail) {
    if (detail == null || detail.isBlank()) {
      return null;
    }
    return switch (note) {
      case NONE -> null;
      case WORDS -> detail.strip();
      case AFTER_REASON -> {
        int at = detail.indexOf(REASON);
        yield at < 0 ? null : detail.substring(at + REASON.length()).strip();
      }
    };
  }
}
