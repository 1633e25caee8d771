package th.go.sesaoret.servicedesk.conference.application;

import static th.go.sesaoret.servicedesk.security.domain.Role.ADMIN_NAME;
import static th.go.sesaoret.servicedesk.security.domain.Role.CLERK_NAME;
import static th.go.sesaoret.servicedesk.security.domain.Role.DEPUTY_DIRECTOR_NAME;
import static th.go.sesaoret.servicedesk.security.domain.Role.DIRECTOR_NAME;
import static th.go.sesaoret.servicedesk.security.domain.Role.GROUP_DIRECTOR_NAME;
import static th.go.sesaoret.servicedesk.security.domain.Role.REQUESTER_NAME;
import static th.go.sesaoret.servicedesk.security.domain.Role.STAFF_NAME;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.Serializable;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import th.go.sesaoret.servicedesk.conference.domain.Booking;
import th.go.sesaoret.servicedesk.conference.domain.ConferenceItem;
import th.go.sesaoret.servicedesk.conference.domain.ConferenceSteps;
import th.go.sesaoret.servicedesk.request.application.ActingRoles;
import th.go.sesaoret.servicedesk.request.application.Callers;
import th.go.sesaoret.servicedesk.request.application.PersonName;
import th.go.sesaoret.servicedesk.request.application.RequestAccess;
import th.go.sesaoret.servicedesk.request.application.RequestReads;
import th.go.sesaoret.servicedesk.request.domain.Actor;
import th.go.sesaoret.servicedesk.request.domain.ServiceRequest;
import th.go.sesaoret.servicedesk.security.domain.Role;
import th.go.sesaoret.servicedesk.sla.application.WorkingCalendar;

/**
 * The booking's own part of its request's page, for those who may see the request (the engine's
 * {@link RequestAccess}: refused alike when the request is unknown, not theirs to see, or not a
 * booking), and the calendar's small reads beside the bookings: the closed days of a range and the
 * DLICT staff who may operate (for its filter).
 */
@Stateless
@RolesAllowed({
  REQUESTER_NAME,
  CLERK_NAME,
  STAFF_NAME,
  GROUP_DIRECTOR_NAME,
  DEPUTY_DIRECTOR_NAME,
  DIRECTOR_NAME,
  ADMIN_NAME
})
public class BookingDetails {
  @PersistenceContext private EntityManager em;
  @Resource private SessionContext session;
  @Inject private Clock clock;
  @Inject private ActingRoles acting;
  @Inject private RequestAccess access;
  @Inject private RequestReads reads;
  @EJB private WorkingCalendar calendar;

  /** A closed day of the holiday table, in both languages. */
  public record ClosedDay(LocalDate date, String nameTh, String nameEn) implements Serializable {}

  /** A DLICT staff member who may operate a meeting, by full name (for the calendar's filter). */
  public record Operator(String username, String fullName) implements Serializable {}

  /** The booking of request {@code requestId}, for those who may see the request. */
  public BookingView of(long requestId, String sourceIp) {
    Instant now = clock.instant();
    Actor who = Callers.actor(session, acting, now);
    ServiceRequest r = access.visible(requestId, who, "CONFERENCE_VIEW", sourceIp);
    Booking b = em.find(Booking.class, r.id());
    if (b == null) {
      throw access.refused(requestId, "CONFERENCE_VIEW", sourceIp);
    }
    ZoneId zone = calendar.calendar().officeHours().zone();
    var time = b.time(zone);
    String me = session.getCallerPrincipal().getName();
    boolean own = r.isRequester(me) || me.equals(r.filedBy());
    boolean open =
        b.cancelledAt() == null && !r.status().isFinished() && now.isBefore(b.occupiedFrom());
    PersonName operator = null;
    if (b.operator() != null) {
      operator =
          new PersonName(reads.people(List.of(b.operator())).fullName(b.operator()), Role.STAFF);
    }
    return new BookingView(
        r.id(),
        r.number(),
        r.title(),
        b.room().id(),
        b.room().name(),
        b.room().place(),
        time.day(),
        time.start(),
        time.end(),
        time.start().minus(ConferenceSteps.BUFFER),
        time.end().plus(ConferenceSteps.BUFFER),
        b.meetingStart(),
        b.attendees(),
        b.chairperson(),
        b.farEndSites(),
        b.platform(),
        b.meetingLink(),
        b.broadcast(),
        b.broadcastWhere(),
        b.equipmentWanted(),
        b.items().stream().map(ConferenceItem::name).sorted().toList(),
        b.contactPhone(),
        b.offHoursReason() != null,
        b.offHoursReason(),
        b.lengthFlag(),
        operator,
        b.cancelledAt() != null,
        b.series() != null,
        own && open);
  }

  /** The office's closed days from {@code from} to {@code to} (inclusive), in order. */
  public List<ClosedDay> closedDays(LocalDate from, LocalDate to) {
    return em.createQuery(
            "select new th.go.sesaoret.servicedesk.conference.application"
                + ".BookingDetails$ClosedDay(h.date, h.nameTh, h.nameEn)"
                + " from Holiday h where h.date between :from and :to and h.officeClosed = true"
                + " order by h.date",
            ClosedDay.class)
        .setParameter("from", from)
        .setParameter("to", to)
        .getResultList();
  }

  /** The active DLICT staff, by full name. */
  public List<Operator> operators() {
    return em.createQuery(
            "select distinct new th.go.sesaoret.servicedesk.conference.application"
                + ".BookingDetails$Operator(p.username, p.fullName)"
                + " from Person p join p.roles role where role = :staff and p.active = true"
                + " order by p.fullName",
            Operator.class)
        .setParameter("staff", Role.STAFF)
        .getResultList();
  }
}
