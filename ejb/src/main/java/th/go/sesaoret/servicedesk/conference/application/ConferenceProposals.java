package th.go.sesaoret.servicedesk.conference.application;

import static th.go.sesaoret.servicedesk.security.domain.Role.GROUP_DIRECTOR_NAME;
import static th.go.sesaoret.servicedesk.security.domain.Role.STAFF_NAME;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import th.go.sesaoret.servicedesk.conference.domain.Booking;
import th.go.sesaoret.servicedesk.conference.domain.ConferenceItem;
import th.go.sesaoret.servicedesk.conference.domain.Conflict;
import th.go.sesaoret.servicedesk.conference.domain.MeetingTime;
import th.go.sesaoret.servicedesk.conference.domain.Proposal;
import th.go.sesaoret.servicedesk.conference.domain.Room;
import th.go.sesaoret.servicedesk.request.application.RequestState;
import th.go.sesaoret.servicedesk.request.application.RequestWork;
import th.go.sesaoret.servicedesk.shared.BusinessException;

/**
 * DLICT staff or the ICT group director propose another time or room for a booking, checked free
 * like a booking (room, items, operator); the requester accepts it ({@link
 * ConferenceBookings#acceptProposal}, checked again as a move) or withdraws the booking.
 */
@Stateless
@RolesAllowed({STAFF_NAME, GROUP_DIRECTOR_NAME})
public class ConferenceProposals {
  @PersistenceContext private EntityManager em;
  @EJB private RequestWork work;
  @Inject private ConferenceOccupancies occupancies;

  public RequestState propose(
      long requestId, long roomId, MeetingTime time, String reason, String ip) {
    return work.onRequest(
        "CONFERENCE_PROPOSE",
        requestId,
        ip,
        (acting, order, who, out) -> {
          if (time == null) {
            throw new BusinessException("conference.time.dayRequired");
          }
          String why = reason(reason);
          Booking b = ConferenceChecklist.booking(em, requestId);
          if (acting.request().status().isFinished()) {
            throw new BusinessException("request.finished", acting.request().number());
          }
          if (time.isPast(acting.now())) {
            throw new BusinessException("conference.time.past");
          }
          Room room = occupancies.lockRoom(roomId);
          List<ConferenceItem> items =
              occupancies.lockItems(b.items().stream().map(ConferenceItem::id).toList());
          List<Conflict> c =
              occupancies.conflicts(
                  room, items, b.operator(), time.occupiedFrom(), time.occupiedUntil(), b.id());
          if (!c.isEmpty()) {
            Conflict first = c.get(0);
            throw new BusinessException(
                first.kind().messageKey(),
                first.label() == null ? "" : first.label(),
                ConferenceChecklist.hm(first.from(), acting),
                ConferenceChecklist.hm(first.until(), acting));
          }
          room.checkSeats(b.attendees());
          b.propose(
              new Proposal(
                  room.id(),
                  time.meetingStart(),
                  time.meetingEnd(),
                  why,
                  who.username(),
                  acting.now()));
          out.add(ConferenceEvents.proposed(b));
          return why;
        });
  }

  private static String reason(String reason) {
    if (reason == null || reason.isBlank()) {
      throw new BusinessException("conference.proposal.reason.required");
    }
    String r = reason.strip();
    if (r.length() > Proposal.REASON_MAX) {
      throw new BusinessException("conference.proposal.reason.tooLong", Proposal.REASON_MAX);
    }
    return r;
  }
}
