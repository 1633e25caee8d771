package th.go.sesaoret.servicedesk.conference.application;

import static th.go.sesaoret.servicedesk.security.domain.Role.CLERK_NAME;
import static th.go.sesaoret.servicedesk.security.domain.Role.GROUP_DIRECTOR_NAME;
import static th.go.sesaoret.servicedesk.security.domain.Role.REQUESTER_NAME;
import static th.go.sesaoret.servicedesk.security.domain.Role.STAFF_NAME;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import th.go.sesaoret.servicedesk.attachment.domain.Upload;
import th.go.sesaoret.servicedesk.audit.application.AuditTrail;
import th.go.sesaoret.servicedesk.audit.domain.AuditEntry.Fact;
import th.go.sesaoret.servicedesk.catalog.domain.ServiceCode;
import th.go.sesaoret.servicedesk.conference.domain.Booking;
import th.go.sesaoret.servicedesk.conference.domain.BookingForm;
import th.go.sesaoret.servicedesk.conference.domain.BookingScope;
import th.go.sesaoret.servicedesk.conference.domain.BookingSeries;
import th.go.sesaoret.servicedesk.conference.domain.ConferenceItem;
import th.go.sesaoret.servicedesk.conference.domain.ConferenceSteps;
import th.go.sesaoret.servicedesk.conference.domain.Conflict;
import th.go.sesaoret.servicedesk.conference.domain.MeetingTime;
import th.go.sesaoret.servicedesk.conference.domain.Proposal;
import th.go.sesaoret.servicedesk.conference.domain.RepeatRule;
import th.go.sesaoret.servicedesk.conference.domain.Room;
import th.go.sesaoret.servicedesk.notification.domain.RequestNotice;
import th.go.sesaoret.servicedesk.request.application.RequestState;
import th.go.sesaoret.servicedesk.request.application.RequestSubmission;
import th.go.sesaoret.servicedesk.request.application.RequestWork;
import th.go.sesaoret.servicedesk.request.domain.ServiceRequest;
import th.go.sesaoret.servicedesk.shared.BusinessException;
import th.go.sesaoret.servicedesk.sla.application.WorkingCalendar;
import th.go.sesaoret.servicedesk.sla.domain.BusinessCalendar;

/**
 * Step 1 of the video-conference service: a meeting booked in a room with its items, once or
 * repeating, by the requester or for them by the clerk or DLICT staff (a booking by phone); moved
 * or cancelled, one occurrence or all that follow. Every booking checks and writes what it occupies
 * under the rows' locks ({@link ConferenceOccupancies}): of two people booking one slot at the same
 * moment exactly one wins, the other is told what is taken.
 */
@Stateless
@RolesAllowed({REQUESTER_NAME, CLERK_NAME, STAFF_NAME, GROUP_DIRECTOR_NAME})
public class ConferenceBookings {
  private static final DateTimeFormatter HM = DateTimeFormatter.ofPattern("HH:mm");

  @PersistenceContext private EntityManager em;
  @Inject private Clock clock;
  @Resource private SessionContext session;
  @EJB private RequestSubmission submission;
  @EJB private RequestWork work;
  @EJB private WorkingCalendar calendar;
  @EJB private AuditTrail audit;
  @Inject private ConferenceOccupancies occupancies;
  @Inject private Event<RequestNotice> notices;

  /** The requester books a meeting for themselves. */
  @RolesAllowed(REQUESTER_NAME)
  public RequestState book(BookingForm form, List<Upload> agenda, String ip) {
    return file(null, form, agenda, ip, null);
  }

  /** The clerk or DLICT staff book for someone who phoned or came by (they need an account). */
  @RolesAllowed({CLERK_NAME, STAFF_NAME})
  public RequestState bookFor(String requester, BookingForm form, List<Upload> agenda, String ip) {
    if (requester == null || requester.isBlank()) {
      throw new BusinessException("request.web.requesterUsername.required");
    }
    return file(requester, form, agenda, ip, null);
  }

  /**
   * What stands in the way of {@code form} now, without booking (the form's live check): empty when
   * it is free. {@code self} leaves out a booking being moved.
   */
  public List<Conflict> check(BookingForm form, Long self) {
    Room room = em.find(Room.class, form.roomId());
    if (room == null || !room.active()) {
      throw new BusinessException("conference.room.unknown");
    }
    List<ConferenceItem> items = items(form);
    if (form.time().isPast(clock.instant())) {
      return List.of(
          new Conflict(Conflict.Kind.PAST, room.name(), form.time().meetingStart(), null));
    }
    return occupancies.conflicts(
        room, items, null, form.time().occupiedFrom(), form.time().occupiedUntil(), self);
  }

  /** A repeating booking date by date, without booking: which dates are free, and why not. */
  public SeriesReport checkSeries(BookingForm form, RepeatRule rule, LocalDate until) {
    List<SeriesReport.Occurrence> dates = new ArrayList<>();
    for (LocalDate day : rule.dates(form.time().day(), until)) {
      BookingForm one = form.at(form.roomId(), form.time().on(day));
      if (needsReason(one)) {
        dates.add(reasonNeeded(day));
        continue;
      }
      dates.add(occurrence(day, check(one, null), null, null));
    }
    return new SeriesReport(null, dates);
  }

  /**
   * Books every free date of a repeating booking in one transaction (the rows locked once) and
   * lists the others with their reason; refused when no date is free. {@code requester} is null for
   * one's own booking.
   */
  public SeriesReport bookSeries(
      String requester,
      BookingForm form,
      RepeatRule rule,
      LocalDate until,
      List<Upload> agenda,
      String ip) {
    if (rule == null) {
      throw new BusinessException("conference.repeat.ruleRequired");
    }
    List<LocalDate> days = rule.dates(form.time().day(), until);
    Room room = occupancies.lockRoom(form.roomId());
    List<ConferenceItem> items = occupancies.lockItems(form.itemIds());
    BookingSeries series = BookingSeries.of(rule, until, caller(), clock.instant());
    em.persist(series);
    List<SeriesReport.Occurrence> dates = new ArrayList<>();
    for (LocalDate day : days) {
      BookingForm one = form.at(form.roomId(), form.time().on(day));
      if (needsReason(one)) {
        dates.add(reasonNeeded(day));
        continue;
      }
      List<Conflict> c = conflictsNow(room, items, one, null);
      if (!c.isEmpty()) {
        dates.add(occurrence(day, c, null, null));
        continue;
      }
      RequestState filed = file(requester, one, agenda, ip, series);
      dates.add(occurrence(day, List.of(), filed.id(), filed.number()));
    }
    if (dates.stream().noneMatch(d -> d.requestId() != null)) {
      throw new BusinessException("conference.repeat.noneFree");
    }
    audit.record(
        ip,
        Fact.of("CONFERENCE_SERIES", null, "series " + series.id())
            .detail(rule + " " + days.size() + " dates, " + count(dates) + " booked"));
    return new SeriesReport(series.id(), dates);
  }

  /**
   * The requester (or whoever filed it for them) moves a booking to another time or room, checked
   * like a new one; {@link BookingScope#FOLLOWING} moves the later occurrences of its series by the
   * same shift in days (each checked on its own date; the first conflict refuses them all).
   */
  public List<RequestState> move(
      long requestId,
      long roomId,
      MeetingTime time,
      String offHoursReason,
      BookingScope scope,
      String ip) {
    Booking first = mine(requestId, "CONFERENCE_MOVE", ip);
    List<Booking> targets = targets(first, scope);
    long shiftDays =
        java.time.temporal.ChronoUnit.DAYS.between(first.time(zone()).day(), time.day());
    List<RequestState> moved = new ArrayList<>();
    for (Booking b : targets) {
      MeetingTime when = b == first ? time : time.on(b.time(zone()).day().plusDays(shiftDays));
      moved.add(moveOne(b.id(), roomId, when, offHoursReason, ip));
    }
    return moved;
  }

  /**
   * The requester accepts staff's proposal: the booking moves there, checked again like any move
   * (the proposal's reason stands for a meeting outside office hours).
   */
  public RequestState acceptProposal(long requestId, String ip) {
    Booking b = mine(requestId, "CONFERENCE_ACCEPT", ip);
    Proposal p = b.proposal();
    if (p == null) {
      throw new BusinessException("conference.proposal.none");
    }
    ZoneId zone = zone();
    var start = p.start().atZone(zone);
    MeetingTime time =
        new MeetingTime(
            start.toLocalDate(), start.toLocalTime(), p.end().atZone(zone).toLocalTime(), zone);
    return moveOne(requestId, p.roomId(), time, p.reason(), ip);
  }

  private RequestState moveOne(
      long requestId, long roomId, MeetingTime time, String reason, String ip) {
    return work.onRequest(
        "CONFERENCE_MOVE",
        requestId,
        ip,
        (acting, order, who, out) -> {
          Booking b = em.find(Booking.class, requestId);
          Instant now = acting.now();
          if (time.isPast(now)) {
            throw new BusinessException("conference.time.past");
          }
          Room room = occupancies.lockRoom(roomId);
          List<ConferenceItem> items =
              occupancies.lockItems(b.items().stream().map(ConferenceItem::id).toList());
          if (b.operator() != null) {
            occupancies.lockOperator(b.operator());
          }
          List<Conflict> c =
              occupancies.conflicts(
                  room, items, b.operator(), time.occupiedFrom(), time.occupiedUntil(), b.id());
          refuseOn(c);
          String from = b.meetingStart() + ".." + b.meetingEnd();
          b.moveTo(
              room,
              items,
              time,
              time.outsideOfficeHours(acting.calendar()),
              reason == null || reason.isBlank() ? null : reason.strip(),
              now);
          occupancies.occupy(b);
          schedule(acting.request(), time);
          out.addAll(ConferenceEvents.changed(b));
          return from + " -> " + time.meetingStart() + ".." + time.meetingEnd() + " room " + roomId;
        });
  }

  /**
   * The requester cancels a booking, or it and the later occurrences of its series: each request is
   * cancelled by the engine (its rules: only the requester, never after it ended), which frees what
   * it occupied ({@link ConferenceService#ended}).
   */
  public List<RequestState> cancel(long requestId, BookingScope scope, String reason, String ip) {
    Booking first = mine(requestId, "CONFERENCE_CANCEL", ip);
    List<RequestState> cancelled = new ArrayList<>();
    for (Booking b : targets(first, scope)) {
      cancelled.add(
          work.onRequest(
              "CONFERENCE_CANCEL",
              b.id(),
              ip,
              (acting, order, who, out) -> {
                acting.cancel(who, reason);
                return reason;
              }));
    }
    return cancelled;
  }

  private List<Booking> targets(Booking first, BookingScope scope) {
    if (scope != BookingScope.FOLLOWING || first.series() == null) {
      return List.of(first);
    }
    return em.createQuery(
            "select b from Booking b join fetch b.request r where b.series = :s"
                + " and b.meetingStart >= :from and b.cancelledAt is null"
                + " and r.status <> th.go.sesaoret.servicedesk.request.domain.RequestStatus.COMPLETED"
                + " order by b.meetingStart",
            Booking.class)
        .setParameter("s", first.series())
        .setParameter("from", first.meetingStart())
        .getResultList();
  }

  /** The caller's own booking (as requester or as whoever filed it); unknown otherwise. */
  private Booking mine(long requestId, String action, String ip) {
    Booking b = em.find(Booking.class, requestId);
    String me = caller();
    if (b == null || !(b.request().isRequester(me) || me.equals(b.request().filedBy()))) {
      audit.refused(
          ip, Fact.of(action, null, "request " + requestId).detail("conference.booking.notFound"));
      throw new BusinessException("conference.booking.notFound");
    }
    return b;
  }

  private RequestState file(
      String requester, BookingForm form, List<Upload> agenda, String ip, BookingSeries series) {
    if (form == null) {
      throw new BusinessException("conference.form.required");
    }
    // the room and items first, before the request's number: a lost race ends here at once
    try {
      if (form.time().isPast(clock.instant())) {
        throw new BusinessException("conference.time.past");
      }
      Room locked = occupancies.lockRoom(form.roomId());
      refuseOn(conflictsNow(locked, occupancies.lockItems(form.itemIds()), form, null));
    } catch (BusinessException e) {
      audit.refused(
          ip, Fact.of("REQUEST_SUBMIT", null, "VIDEO_CONFERENCE").detail(RequestWork.refusal(e)));
      throw e;
    }
    RequestState filed =
        submission.fileWith(
            requester,
            ServiceCode.VIDEO_CONFERENCE,
            () ->
                RequestSubmission.content(
                    form.title(), form.agenda(), agenda, ConferenceService.AGENDA_POLICY),
            ip,
            request -> {
              Instant now = clock.instant();
              if (form.time().isPast(now)) {
                throw new BusinessException("conference.time.past");
              }
              Room room = occupancies.lockRoom(form.roomId());
              List<ConferenceItem> items = occupancies.lockItems(form.itemIds());
              refuseOn(conflictsNow(room, items, form, null));
              BusinessCalendar cal = calendar.calendar();
              Booking b =
                  Booking.of(
                      request, room, items, form, form.time().outsideOfficeHours(cal), series);
              em.persist(b);
              em.flush();
              occupancies.occupy(b);
              schedule(request, form.time());
            });
    notices.fire(ConferenceEvents.booked(em.find(Booking.class, filed.id())));
    return filed;
  }

  private List<Conflict> conflictsNow(
      Room room, List<ConferenceItem> items, BookingForm form, Long self) {
    if (form.time().isPast(clock.instant())) {
      return List.of(
          new Conflict(Conflict.Kind.PAST, room.name(), form.time().meetingStart(), null));
    }
    return occupancies.conflicts(
        room, items, null, form.time().occupiedFrom(), form.time().occupiedUntil(), self);
  }

  /** Steps 2-4 on the booking's clock: set-up before the start, the run, the post-check after. */
  static void schedule(ServiceRequest r, MeetingTime time) {
    r.step(ConferenceSteps.SETUP).schedule(time.occupiedFrom(), time.meetingStart());
    r.step(ConferenceSteps.RUN).schedule(time.meetingStart(), time.meetingEnd());
    r.step(ConferenceSteps.POSTCHECK).schedule(time.meetingEnd(), time.occupiedUntil());
  }

  private void refuseOn(List<Conflict> conflicts) {
    if (!conflicts.isEmpty()) {
      Conflict c = conflicts.get(0);
      throw new BusinessException(c.kind().messageKey(), args(c).toArray());
    }
  }

  private List<String> args(Conflict c) {
    ZoneId zone = zone();
    return List.of(
        c.label() == null ? "" : c.label(),
        c.from() == null ? "" : HM.format(c.from().atZone(zone)),
        c.until() == null ? "" : HM.format(c.until().atZone(zone)));
  }

  private SeriesReport.Occurrence occurrence(
      LocalDate day, List<Conflict> c, Long requestId, String number) {
    if (c.isEmpty()) {
      return new SeriesReport.Occurrence(day, true, requestId, number, null, List.of());
    }
    return new SeriesReport.Occurrence(
        day, false, null, null, c.get(0).kind().messageKey(), args(c.get(0)));
  }

  /** A date of a series outside office hours (a holiday) without a reason is left out. */
  private boolean needsReason(BookingForm one) {
    return one.offHoursReason() == null && one.time().outsideOfficeHours(calendar.calendar());
  }

  private static SeriesReport.Occurrence reasonNeeded(LocalDate day) {
    return new SeriesReport.Occurrence(
        day, false, null, null, "conference.offHoursReason.required", List.of());
  }

  private static long count(List<SeriesReport.Occurrence> dates) {
    return dates.stream().filter(d -> d.requestId() != null).count();
  }

  private List<ConferenceItem> items(BookingForm form) {
    if (form.itemIds().isEmpty()) {
      return List.of();
    }
    List<ConferenceItem> items =
        em.createQuery(
                "select i from ConferenceItem i where i.id in :ids and i.active = true",
                ConferenceItem.class)
            .setParameter("ids", form.itemIds())
            .getResultList();
    if (items.size() != form.itemIds().size()) {
      throw new BusinessException("conference.item.unknown");
    }
    return items;
  }

  private ZoneId zone() {
    return calendar.calendar().officeHours().zone();
  }

  private String caller() {
    return session.getCallerPrincipal().getName();
  }
}
