package th.go.sesaoret.servicedesk.notification.domain;

/**
 * What a notice tells its recipient, the queue it travels by, and what it asks them to act on
 * ({@link #item()}): a notice that asks for an action is handled once anyone has taken it (issue 8,
 * finding 16). Open: the engine's kinds are {@link WorkflowNotice}, a service declares its own
 * kinds in its own package (an enum implementing this) and makes them known with a {@code
 * NoticeKindSource} bean. {@link #name()} is stored (inbox entries), sent (JMS) and part of every
 * notice key, so it never changes.
 */
public interface NoticeKind {
  /** The kind's stable code, unique over every service. */
  String name();

  /** The queue the notice travels by. */
  Queue queue();

  /** What this kind of notice asks its recipient to act on. */
  Item item();

  /**
   * True when the recipient is the one asked to act on the {@link #item()}: the notice counts as
   * waiting for them while the item waits. False for a notice that only tells about it (a warning
   * that a step's time is nearly used, an escalation).
   */
  boolean asksRecipient();

  /** The base name of the bundle that holds the kind's words (e.g. {@code notices}). */
  String bundle();

  /** The key of the kind's line in {@link #bundle()}: {0} is the request number, {1} the step. */
  String textKey();

  /** The key of the kind's short name in {@link #bundle()} (the dead-letter list). */
  String nameKey();

  /** The two notice queues: approvals, and everything else. */
  enum Queue {
    APPROVAL,
    COMPLETION
  }

  /** What a notice asks its recipient to act on, if anything. */
  enum Item {
    /** Nothing: the notice only informs. */
    NONE,
    /** The round of the step the notice names: someone acts on it (finishes or returns it). */
    STEP,
    /** The requester corrects the request returned at that step's round, and resubmits it. */
    CORRECTION
  }
}
