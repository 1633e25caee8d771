package th.go.sesaoret.servicedesk.conference.application;

import java.io.Serializable;
import java.time.Instant;
import java.util.List;
import th.go.sesaoret.servicedesk.conference.domain.ItemKind;
import th.go.sesaoret.servicedesk.conference.domain.Platform;

/**
 * The operator's checklist page of one meeting: its times, room, far end and link, the three parts
 * with what was recorded, and which part is open now ({@link #part}) and may be filled in by the
 * reader ({@link #mayFill}).
 */
public record ChecklistView(
    long requestId,
    String number,
    String title,
    String roomName,
    String roomPlace,
    Instant meetingStart,
    Instant meetingEnd,
    Instant occupiedFrom,
    Instant occupiedUntil,
    Platform platform,
    String farEndSites,
    String meetingLink,
    boolean broadcast,
    String broadcastWhere,
    boolean hasFarEnd,
    String contactPhone,
    String operatorName,
    Part part,
    boolean mayFill,
    boolean mayFileRepair,
    Recorded recorded,
    List<Item> items)
    implements Serializable {

  /** The part of the checklist that is open now. */
  public enum Part {
    /** No operator yet: nothing to fill in. */
    NO_OPERATOR,
    SETUP,
    RUN,
    POSTCHECK,
    /** All three done: the request completed. */
    DONE,
    /** The booking was cancelled. */
    CANCELLED
  }

  /** What the checklist holds so far. */
  public record Recorded(
      Boolean camera,
      Boolean sound,
      Boolean farEnd,
      Boolean broadcastTest,
      String setupNote,
      Instant actualStart,
      Instant actualEnd,
      String broadcastLink,
      String runProblems,
      Boolean equipmentBack,
      Boolean signalOk,
      String postProblems)
      implements Serializable {}

  /** One item of the meeting, for a repair in one click. */
  public record Item(long id, ItemKind kind, String name, String assetNumber)
      implements Serializable {}
}
