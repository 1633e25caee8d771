package th.go.sesaoret.servicedesk.conference.application;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import th.go.sesaoret.servicedesk.conference.domain.FreeSlots.Window;
import th.go.sesaoret.servicedesk.conference.domain.MeetingTime;

/**
 * A room's day for the booking form: when it is taken (set-up and post-check included), when it is
 * free within the office day, and the nearest free times for the wished meeting when it is taken
 * then (empty when it is free).
 */
public record DaySchedule(
    long roomId,
    LocalDate day,
    boolean workingDay,
    List<Window> taken,
    List<Window> free,
    List<MeetingTime> nearest)
    implements Serializable {}
