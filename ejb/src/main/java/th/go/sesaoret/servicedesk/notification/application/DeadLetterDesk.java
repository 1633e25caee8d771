package th.go.sesaoret.servicedesk.notification.application;

import java.util.List;

/**
 * The administrator's desk for the notices that failed every delivery attempt (the dead-letter
 * queue): lists them, and replays one to the queue it came from once the cause is fixed. The
 * message broker's side implements it; a failure to reach the broker is an unchecked exception.
 */
public interface DeadLetterDesk {
  /** The dead letters, as the broker holds them. */
  List<DeadLetter> list();

  /**
   * Moves one dead letter back to its notice queue, in one transaction; false when it is gone or
   * did not come from a notice queue.
   */
  boolean replay(String messageId);
}
