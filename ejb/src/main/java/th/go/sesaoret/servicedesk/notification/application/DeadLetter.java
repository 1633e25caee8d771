package th.go.sesaoret.servicedesk.notification.application;

import java.io.Serializable;
import java.time.Instant;

/**
 * A notice message that failed every delivery attempt, as the administrator sees it.
 *
 * @param originalAddress the queue it came from (Artemis' {@code _AMQ_ORIG_ADDRESS})
 */
public record DeadLetter(
    String messageId,
    String originalAddress,
    String noticeKey,
    String kind,
    String requestNumber,
    Instant sentAt)
    implements Serializable {}
