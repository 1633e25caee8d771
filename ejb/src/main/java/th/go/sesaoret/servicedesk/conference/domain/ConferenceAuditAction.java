package th.go.sesaoret.servicedesk.conference.domain;

import th.go.sesaoret.servicedesk.audit.domain.AuditAction;

/**
 * The video-conference service's own actions in the audit trail, beside the engine's; labels {@code
 * audit.action.<code>} in the pages' bundle.
 */
public enum ConferenceAuditAction implements AuditAction {
  CONFERENCE_SERIES(Note.NONE),
  CONFERENCE_MOVE(Note.NONE),
  CONFERENCE_CANCEL(Note.WORDS),
  CONFERENCE_OPERATOR(Note.NONE),
  CONFERENCE_SETUP(Note.NONE),
  CONFERENCE_RUN(Note.NONE),
  CONFERENCE_POSTCHECK(Note.NONE),
  CONFERENCE_PROPOSE(Note.WORDS),
  CONFERENCE_ACCEPT(Note.NONE),
  CONFERENCE_REPAIR(Note.NONE),
  CONFERENCE_REMIND(Note.NONE),
  CONFERENCE_ESCALATE(Note.NONE),
  CONFERENCE_ROOM(Note.NONE),
  CONFERENCE_ITEM(Note.NONE),
  CONFERENCE_OUTAGE(Note.WORDS),
  CONFERENCE_FEED_RENEW(Note.NONE);

  private final Note note;

  ConferenceAuditAction(Note note) {
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
