package th.go.sesaoret.servicedesk.conference.application;

import java.io.Serializable;
import java.time.Instant;

/**
 * What the reader may do now on one meeting's request page, and what it shows: its operator (by
 * name) and an open proposal of another time or room.
 */
public record ConferenceActionsView(
    long requestId,
    String operatorName,
    boolean mayTake,
    boolean mayAssign,
    boolean mayPropose,
    boolean mayAccept,
    boolean mayOpenChecklist,
    ProposalView proposal)
    implements Serializable {

  /** Staff's proposal: where and when, why, and who proposed it (by name). */
  public record ProposalView(
      long roomId, String roomName, Instant start, Instant end, String reason, String byName)
      implements Serializable {}
}
