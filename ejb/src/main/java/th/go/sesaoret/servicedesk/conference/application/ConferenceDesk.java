package th.go.sesaoret.servicedesk.conference.application;

import static th.go.sesaoret.servicedesk.security.domain.Role.CLERK_NAME;
import static th.go.sesaoret.servicedesk.security.domain.Role.DIRECTOR_NAME;
import static th.go.sesaoret.servicedesk.security.domain.Role.GROUP_DIRECTOR_NAME;
import static th.go.sesaoret.servicedesk.security.domain.Role.REQUESTER_NAME;
import static th.go.sesaoret.servicedesk.security.domain.Role.STAFF_NAME;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import th.go.sesaoret.servicedesk.conference.domain.Booking;
import th.go.sesaoret.servicedesk.conference.domain.Checklist;
import th.go.sesaoret.servicedesk.conference.domain.ConferenceSteps;
import th.go.sesaoret.servicedesk.conference.domain.Proposal;
import th.go.sesaoret.servicedesk.conference.domain.Room;
import th.go.sesaoret.servicedesk.request.domain.RequestStatus;
import th.go.sesaoret.servicedesk.request.domain.ServiceRequest;
import th.go.sesaoret.servicedesk.request.domain.StepInstance;
import th.go.sesaoret.servicedesk.security.domain.Role;

/**
 * The reads of the operator's work: the checklist page of a meeting (its operator, or the ICT group
 * director; unknown alike for anyone else), what the reader may do on its request page, and the
 * DLICT staff the group director may choose from (with their meetings ahead).
 */
@Stateless
@RolesAllowed({REQUESTER_NAME, CLERK_NAME, STAFF_NAME, GROUP_DIRECTOR_NAME, DIRECTOR_NAME})
public class ConferenceDesk {
  @PersistenceContext private EntityManager em;
  @Resource private SessionContext session;
  @Inject private Clock clock;

  /** The checklist of meeting {@code requestId}, for its operator or the group director. */
  public Optional<ChecklistView> checklist(long requestId) {
    Booking b = em.find(Booking.class, requestId);
    String me = caller();
    boolean director = session.isCallerInRole(GROUP_DIRECTOR_NAME);
    if (b == null || !(b.isOperator(me) || director)) {
      return Optional.empty();
    }
    ServiceRequest r = b.request();
    ChecklistView.Part part = part(b, r);
    boolean open =
        part == ChecklistView.Part.SETUP
            || part == ChecklistView.Part.RUN
            || part == ChecklistView.Part.POSTCHECK;
    StepInstance post = r.step(ConferenceSteps.POSTCHECK);
    boolean repairable =
        b.isOperator(me) && (post.isOpen() || post.finishedAt() != null) && !b.items().isEmpty();
    Checklist c = b.checklist();
    Room room = b.room();
    return Optional.of(
        new ChecklistView(
            r.id(),
            r.number(),
            r.title(),
            room.name(),
            room.place(),
            b.meetingStart(),
            b.meetingEnd(),
            b.occupiedFrom(),
            b.occupiedUntil(),
            b.platform(),
            b.farEndSites(),
            b.meetingLink(),
            b.broadcast(),
            b.broadcastWhere(),
            b.hasFarEnd(),
            b.contactPhone(),
            b.operator() == null ? null : names(List.of(b.operator())).get(b.operator()),
            part,
            open && (b.isOperator(me) || director),
            repairable,
            new ChecklistView.Recorded(
                c.camera(),
                c.sound(),
                c.farEnd(),
                c.broadcastTest(),
                c.setupNote(),
                c.actualStart(),
                c.actualEnd(),
                c.broadcastLink(),
                c.runProblems(),
                c.equipmentBack(),
                c.signalOk(),
                c.postProblems()),
            b.items().stream()
                .map(i -> new ChecklistView.Item(i.id(), i.kind(), i.name(), i.assetNumber()))
                .toList()));
  }

  /** What the reader may do now on meeting {@code requestId}'s request page (empty: nothing). */
  public Optional<ConferenceActionsView> actions(long requestId) {
    Booking b = em.find(Booking.class, requestId);
    if (b == null) {
      return Optional.empty();
    }
    ServiceRequest r = b.request();
    String me = caller();
    boolean own = r.isRequester(me) || me.equals(r.filedBy());
    boolean staff = session.isCallerInRole(STAFF_NAME);
    boolean director =
        session.isCallerInRole(GROUP_DIRECTOR_NAME) || session.isCallerInRole(DIRECTOR_NAME);
    if (!(own || staff || director)) {
      return Optional.empty();
    }
    boolean open = !r.status().isFinished() && b.cancelledAt() == null;
    boolean before = clock.instant().isBefore(b.occupiedFrom());
    Proposal p = b.proposal();
    Map<String, String> names =
        names(
            java.util.stream.Stream.of(b.operator(), p == null ? null : p.proposedBy())
                .filter(java.util.Objects::nonNull)
                .toList());
    ConferenceActionsView.ProposalView proposal = null;
    if (p != null) {
      Room where = em.find(Room.class, p.roomId());
      proposal =
          new ConferenceActionsView.ProposalView(
              p.roomId(),
              where == null ? "" : where.name(),
              p.start(),
              p.end(),
              p.reason(),
              names.get(p.proposedBy()));
    }
    return Optional.of(
        new ConferenceActionsView(
            r.id(),
            b.operator() == null ? null : names.get(b.operator()),
            open && staff && b.operator() == null,
            open && director,
            open && before && (staff || session.isCallerInRole(GROUP_DIRECTOR_NAME)),
            open && before && r.isRequester(me) && p != null,
            b.isOperator(me) || session.isCallerInRole(GROUP_DIRECTOR_NAME),
            proposal));
  }

  /** The active DLICT staff, by name, with how many meetings they run from now on. */
  @RolesAllowed({GROUP_DIRECTOR_NAME, DIRECTOR_NAME})
  public List<StaffChoice> staff() {
    Map<String, Long> ahead = new HashMap<>();
    em.createQuery(
            "select b.operator, count(b) from Booking b where b.operator is not null"
                + " and b.occupiedFrom >= :now and b.cancelledAt is null group by b.operator",
            Object[].class)
        .setParameter("now", clock.instant())
        .getResultList()
        .forEach(row -> ahead.put((String) row[0], ((Number) row[1]).longValue()));
    return em
        .createQuery(
            "select p.username, p.fullName from Person p join p.roles role"
                + " where role = :staff and p.active = true order by p.fullName",
            Object[].class)
        .setParameter("staff", Role.STAFF)
        .getResultList()
        .stream()
        .map(
            row ->
                new StaffChoice(
                    (String) row[0],
                    (String) row[1],
                    Role.STAFF.labelKey(),
                    ahead.getOrDefault((String) row[0], 0L)))
        .toList();
  }

  private static ChecklistView.Part part(Booking b, ServiceRequest r) {
    if (r.status() == RequestStatus.COMPLETED) {
      return ChecklistView.Part.DONE;
    }
    if (b.cancelledAt() != null || r.status().isFinished()) {
      return ChecklistView.Part.CANCELLED;
    }
    if (b.operator() == null) {
      return ChecklistView.Part.NO_OPERATOR;
    }
    if (r.step(ConferenceSteps.SETUP).finishedAt() == null) {
      return ChecklistView.Part.SETUP;
    }
    if (r.step(ConferenceSteps.RUN).finishedAt() == null) {
      return ChecklistView.Part.RUN;
    }
    return ChecklistView.Part.POSTCHECK;
  }

  private Map<String, String> names(List<String> usernames) {
    Map<String, String> names = new HashMap<>();
    if (usernames.isEmpty()) {
      return names;
    }
    em.createQuery(
            "select p.username, p.fullName from Person p where p.username in :u", Object[].class)
        .setParameter("u", usernames)
        .getResultList()
        .forEach(row -> names.put((String) row[0], (String) row[1]));
    usernames.forEach(u -> names.putIfAbsent(u, u));
    return names;
  }

  private String caller() {
    return session.getCallerPrincipal().getName();
  }
}
