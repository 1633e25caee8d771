package th.go.sesaoret.servicedesk.conference.application;

import java.io.Serializable;
import java.time.Instant;
import th.go.sesaoret.servicedesk.request.domain.RequestStatus;

/**
 * One booking on the conference-room calendar, as everyone signed in may see it: title, room, time
 * (with its set-up and post-check) and operator. The request's number and link are for those who
 * may open it ({@link #mayOpen}); {@link #mine} for the requester's own (they may move it).
 */
public record CalendarEntry(
    long requestId,
    String number,
    String title,
    long roomId,
    String roomName,
    String colour,
    Instant meetingStart,
    Instant meetingEnd,
    Instant occupiedFrom,
    Instant occupiedUntil,
    String operatorName,
    boolean mine,
    boolean mayOpen,
    RequestStatus status,
    boolean outsideOfficeHours,
    int sequence)
    implements Serializable {}
