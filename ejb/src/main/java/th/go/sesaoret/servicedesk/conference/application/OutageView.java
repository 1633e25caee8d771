package th.go.sesaoret.servicedesk.conference.application;

import java.io.Serializable;
import java.time.Instant;

/**
 * An out-of-service period as the administrator's page shows it: the room or the item, and when.
 */
public record OutageView(
    long id,
    String roomName,
    String itemName,
    String assetNumber,
    Instant from,
    Instant until,
    String reason)
    implements Serializable {}
