package th.go.sesaoret.servicedesk.conference.application;

import static th.go.sesaoret.servicedesk.security.domain.Role.DIRECTOR_NAME;
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
import th.go.sesaoret.servicedesk.conference.domain.ConferenceNotice;
import th.go.sesaoret.servicedesk.conference.domain.ConferenceSteps;
import th.go.sesaoret.servicedesk.conference.domain.Conflict;
import th.go.sesaoret.servicedesk.conference.domain.Room;
import th.go.sesaoret.servicedesk.notification.domain.RequestNotice;
import th.go.sesaoret.servicedesk.request.application.RequestState;
import th.go.sesaoret.servicedesk.request.application.RequestWork;
import th.go.sesaoret.servicedesk.request.domain.StepActing;
import th.go.sesaoret.servicedesk.security.domain.Person;
import th.go.sesaoret.servicedesk.security.domain.Role;
import th.go.sesaoret.servicedesk.shared.BusinessException;

/**
 * A meeting's operator: a DLICT staff member takes it from the queue, or the ICT group director (or
 * the director) gives it to one. Under the operator's row lock the operator must be free for the
 * whole booked window (set-up to post-check); set-up, run and post-check go to them, and a previous
 * operator hears that the meeting is no longer theirs.
 */
@Stateless
public class ConferenceOperators {
  static final List<String> OPERATOR_STEPS =
      List.of(ConferenceSteps.SETUP, ConferenceSteps.RUN, ConferenceSteps.POSTCHECK);

  @PersistenceContext private EntityManager em;
  @EJB private RequestWork work;
  @Inject private ConferenceOccupancies occupancies;

  /** A staff member takes a meeting that has no operator yet. */
  @RolesAllowed(STAFF_NAME)
  public RequestState take(long requestId, String ip) {
    return work.onRequest(
        "CONFERENCE_OPERATOR",
        requestId,
        ip,
        (acting, order, who, out) -> {
          Booking b = ConferenceChecklist.booking(em, requestId);
          if (b.operator() != null) {
            throw new BusinessException(
                b.isOperator(who.username())
                    ? "conference.operator.alreadyYours"
                    : "conference.operator.taken");
          }
          return operate(acting, b, who.username(), out);
        });
  }

  /** The group director (or the director) gives the meeting to a DLICT staff member. */
  @RolesAllowed({GROUP_DIRECTOR_NAME, DIRECTOR_NAME})
  public RequestState assign(long requestId, String username, String ip) {
    return work.onRequest(
        "CONFERENCE_OPERATOR",
        requestId,
        ip,
        (acting, order, who, out) -> {
          String operator = staffMember(username);
          Booking b = ConferenceChecklist.booking(em, requestId);
          if (b.isOperator(operator)) {
            throw new BusinessException("conference.operator.same");
          }
          return operate(acting, b, operator, out);
        });
  }

  private String operate(StepActing acting, Booking b, String operator, List<RequestNotice> out) {
    String previous = b.operator();
    // locks in the booking's order: room, items by id, then the operator
    Room room = occupancies.lockRoom(b.room().id());
    List<ConferenceItem> items =
        occupancies.lockItems(b.items().stream().map(ConferenceItem::id).toList());
    occupancies.lockOperator(operator);
    List<Conflict> busy =
        occupancies
            .conflicts(room, items, operator, b.occupiedFrom(), b.occupiedUntil(), b.id())
            .stream()
            .filter(c -> c.kind() == Conflict.Kind.OPERATOR_BUSY)
            .toList();
    if (!busy.isEmpty()) {
      throw new BusinessException(
          Conflict.Kind.OPERATOR_BUSY.messageKey(),
          "",
          ConferenceChecklist.hm(busy.get(0).from(), acting),
          ConferenceChecklist.hm(busy.get(0).until(), acting));
    }
    if (acting.request().status().isFinished()) {
      throw new BusinessException("request.finished", acting.request().number());
    }
    b.operatedBy(operator, acting.now());
    occupancies.occupy(b);
    OPERATOR_STEPS.forEach(key -> acting.assignOwn(key, operator));
    out.add(ConferenceEvents.to(ConferenceNotice.CONFERENCE_OPERATOR, b, operator));
    if (previous != null) {
      out.add(ConferenceEvents.to(ConferenceNotice.CONFERENCE_CHANGED, b, previous));
    }
    return (previous == null ? "" : previous + " -> ") + operator;
  }

  /** An active DLICT staff member by user name; refused alike when unknown or not staff. */
  private String staffMember(String username) {
    if (username == null || username.isBlank()) {
      throw new BusinessException("conference.operator.required");
    }
    String u = Person.normalizeUsername(username);
    long staff =
        em.createQuery(
                "select count(p) from Person p join p.roles role"
                    + " where p.username = :u and p.active = true and role = :staff",
                Long.class)
            .setParameter("u", u)
            .setParameter("staff", Role.STAFF)
            .getSingleResult();
    if (staff == 0) {
      throw new BusinessException("conference.operator.notStaff");
    }
    return u;
  }
}
