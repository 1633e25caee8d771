package th.go.sesaoret.servicedesk.conference.application;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import th.go.sesaoret.servicedesk.audit.domain.AuditEntry;
import th.go.sesaoret.servicedesk.audit.domain.AuditEntry.Fact;
import th.go.sesaoret.servicedesk.conference.domain.Booking;
import th.go.sesaoret.servicedesk.conference.domain.ConferenceNotice;
import th.go.sesaoret.servicedesk.notification.domain.RequestNotice;
import th.go.sesaoret.servicedesk.security.domain.Role;
import th.go.sesaoret.servicedesk.sla.application.WorkingCalendar;
import th.go.sesaoret.servicedesk.sla.domain.BusinessCalendar;

/**
 * One pass of the meetings' reminders at a given moment (the timer's, or a test's): the working day
 * before (operator and requester), one hour before set-up (operator and requester), and no operator
 * by the working day before (the ICT group director); each once per booking (a move starts them
 * again). One indexed range read on {@code occupied_from}: the meetings whose set-up is within
 * {@link #AHEAD} from now.
 */
@Stateless
@PermitAll // called by the timer, which runs without a caller
public class ConferenceReminding {
  /** The audit trail's name for what the timer does (there is no caller). */
  static final String SYSTEM = "system";

  /** Far enough for the working day before a meeting after the longest run of holidays. */
  static final Duration AHEAD = Duration.ofDays(15);

  @PersistenceContext private EntityManager em;
  @EJB private WorkingCalendar calendar;
  @Inject private Event<RequestNotice> notices;

  /** Sends what is due at {@code now}; returns how many notices went. */
  public int remind(Instant now) {
    List<Booking> soon =
        em.createQuery(
                "select b from Booking b join fetch b.request"
                    + " where b.occupiedFrom > :now and b.occupiedFrom <= :ahead"
                    + " and b.cancelledAt is null"
                    + " and (b.remindedDayAt is null or b.remindedHourAt is null"
                    + " or (b.operator is null and b.escalatedAt is null))",
                Booking.class)
            .setParameter("now", now)
            .setParameter("ahead", now.plus(AHEAD))
            .getResultList();
    BusinessCalendar cal = calendar.calendar();
    List<RequestNotice> out = new ArrayList<>();
    for (Booking b : soon) {
      if (b.request().status().isFinished()) {
        continue;
      }
      List<String> sent = due(b, now, b.dayBefore(cal), out);
      if (sent.remove("escalated")) {
        audit(b, now, "CONFERENCE_ESCALATE", "no operator");
      }
      if (!sent.isEmpty()) {
        audit(b, now, "CONFERENCE_REMIND", String.join(" ", sent));
      }
    }
    out.forEach(notices::fire);
    return out.size();
  }

  private static List<String> due(
      Booking b, Instant now, Instant dayBefore, List<RequestNotice> out) {
    List<String> sent = new ArrayList<>();
    if (b.escalationDue(now, dayBefore)) {
      out.add(
          ConferenceEvents.toRole(ConferenceNotice.CONFERENCE_NO_OPERATOR, b, Role.GROUP_DIRECTOR));
      b.escalated(now);
      sent.add("escalated");
    }
    if (b.dayReminderDue(now, dayBefore)) {
      toBoth(ConferenceNotice.CONFERENCE_REMIND_DAY, b, out);
      b.remindedDayBefore(now);
      sent.add("day");
    }
    if (b.hourReminderDue(now)) {
      toBoth(ConferenceNotice.CONFERENCE_REMIND_HOUR, b, out);
      b.remindedHourBefore(now);
      sent.add("hour");
    }
    return sent;
  }

  private static void toBoth(ConferenceNotice kind, Booking b, List<RequestNotice> out) {
    out.add(ConferenceEvents.to(kind, b, b.request().requester()));
    if (b.operator() != null) {
      out.add(ConferenceEvents.to(kind, b, b.operator()));
    }
  }

  private void audit(Booking b, Instant now, String action, String what) {
    var r = b.request();
    em.persist(
        new AuditEntry(
            now, SYSTEM, SYSTEM, new Fact(action, r.id(), r.number(), r.state(), r.state(), what)));
  }
}
