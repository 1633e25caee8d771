package th.go.sesaoret.servicedesk.notification.domain;

import java.io.Serializable;
import java.time.Instant;
import th.go.sesaoret.servicedesk.security.domain.Role;

/**
 * The events port's second message: someone acted on what notices asked for (a round of a step, or
 * the correction of a request returned at that round). The workflow fires it inside its
 * transaction; the notices that asked for it are marked handled in the same transaction ({@link
 * NoticeHandling}), and notices still on their way are marked handled when they arrive.
 *
 * @param by the user name of whoever acted
 * @param as the role they acted in (their position, as the inbox shows it)
 */
public record StepHandled(
    long requestId, int stepOrder, int round, NoticeKind.Item item, String by, Role as, Instant at)
    implements Serializable {}
