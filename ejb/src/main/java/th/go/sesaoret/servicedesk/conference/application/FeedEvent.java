package th.go.sesaoret.servicedesk.conference.application;

import java.time.Instant;

/**
 * One booking as a calendar feed shows it: title, room and time only (no people); a personal feed
 * adds the link to the request. Its UID is stable for the booking; {@code sequence} rises with
 * every move, cancellation or change of operator; a cancelled booking is still listed, cancelled.
 */
public record FeedEvent(
    long requestId,
    String title,
    String roomName,
    Instant start,
    Instant end,
    int sequence,
    boolean cancelled,
    Instant stamp,
    String url) {

  /** The UID of the booking's event, the same in every feed and after every change. */
  public String uid() {
    return "conference-" + requestId + "@servicedesk";
  }
}
