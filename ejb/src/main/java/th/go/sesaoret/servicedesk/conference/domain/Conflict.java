package th.go.sesaoret.servicedesk.conference.domain;

import java.time.Instant;

/**
 * Why a time cannot be booked: the room, an item or the operator is taken (or out of service) from
 * {@code from} to {@code until}. It names the resource's own label (the room's or the item's name,
 * never whose meeting it is) and the taken window only.
 */
public record Conflict(Kind kind, String label, Instant from, Instant until) {
  public enum Kind {
    ROOM_TAKEN,
    ITEM_TAKEN,
    OPERATOR_BUSY,
    ROOM_OUT_OF_SERVICE,
    ITEM_OUT_OF_SERVICE,
    PAST;

    /** Bundle key of its message; arguments: label, from, until. */
    public String messageKey() {
      return "conference.conflict." + name();
    }
  }
}
