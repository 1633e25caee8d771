package th.go.sesaoret.servicedesk.audit.domain;

/**
 * An action the application writes to the audit trail, with what its detail holds: the acting
 * person's own words (a comment, a reason), or technical facts kept for the administrator's audit
 * search only (hashes, user names, codes). Open: each feature declares its own actions in its own
 * package (an enum implementing this) and makes them known with an {@code AuditActionSource} bean;
 * the request page words each entry through its action's {@link #labelKey()}.
 */
public interface AuditAction {
  /** The code written to the audit table (its {@code action} column); it never changes. */
  String name();

  /** What part of a recorded action's detail is the person's own words. */
  Note noteKind();

  /** The key of the action's words in the pages' bundle ({@code messages_*}). */
  String labelKey();

  /** The acting person's own words in a recorded action's detail, or null when it holds none. */
  default String note(String detail) {
    return noteKind().of(detail);
  }

  /** What part of a recorded action's detail is the person's own words. */
  enum Note {
    /** None: the detail is technical (or empty). */
    NONE,
    /** All of it: a comment or a reason. */
    WORDS,
    /** What follows {@code " reason="} (a rejection's reason after the signature's facts). */
    AFTER_REASON;

    private static final String REASON = " reason=";

    /** The person's own words in {@code detail}, or null. */
    public String of(String detail) {
      if (detail == null || detail.isBlank()) {
        return null;
      }
      return switch (this) {
        case NONE -> null;
        case WORDS -> detail.strip();
        case AFTER_REASON -> {
          int at = detail.indexOf(REASON);
          yield at < 0 ? null : detail.substring(at + REASON.length()).strip();
        }
      };
    }
  }
}
