package th.go.sesaoret.servicedesk.conference.application;

import java.io.Serializable;
import java.time.Instant;

/** A room or an item (exactly one) out of service from .. until, and why. */
public record OutageForm(Long roomId, Long itemId, Instant from, Instant until, String reason)
    implements Serializable {}
