package th.go.sesaoret.servicedesk.conference.application;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import th.go.sesaoret.servicedesk.conference.domain.LengthFlag;
import th.go.sesaoret.servicedesk.conference.domain.Platform;
import th.go.sesaoret.servicedesk.request.application.PersonName;

/**
 * One booking as its request's page shows it (for those who may see the request): where and when,
 * with its set-up from and post-check until, who chairs and joins, the platform, the broadcast, the
 * equipment, the off-hours reason, the operator by name, and whether the viewer may move or cancel
 * it ({@link #mayChange}: the requester or whoever filed it, before its set-up starts).
 */
public record BookingView(
    long requestId,
    String number,
    String title,
    long roomId,
    String roomName,
    String roomPlace,
    LocalDate day,
    LocalTime start,
    LocalTime end,
    LocalTime setupFrom,
    LocalTime postcheckUntil,
    Instant meetingStart,
    int attendees,
    String chairperson,
    String farEndSites,
    Platform platform,
    String meetingLink,
    boolean broadcast,
    String broadcastWhere,
    String equipmentWanted,
    List<String> items,
    String contactPhone,
    boolean outsideOfficeHours,
    String offHoursReason,
    LengthFlag lengthFlag,
    PersonName operator,
    boolean cancelled,
    boolean inSeries,
    boolean mayChange)
    implements Serializable {}
