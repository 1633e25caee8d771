package th.go.sesaoret.servicedesk.request.application;

import static th.go.sesaoret.servicedesk.security.domain.Role.ADMIN_NAME;
import static th.go.sesaoret.servicedesk.security.domain.Role.CLERK_NAME;
import static th.go.sesaoret.servicedesk.security.domain.Role.DEPUTY_DIRECTOR_NAME;
import static th.go.sesaoret.servicedesk.security.domain.Role.DIRECTOR_NAME;
import static th.go.sesaoret.servicedesk.security.domain.Role.GROUP_DIRECTOR_NAME;
import static th.go.sesaoret.servicedesk.security.domain.Role.REQUESTER_NAME;
import static th.go.sesaoret.servicedesk.security.domain.Role.STAFF_NAME;

import jakarta.annotation.Resource;
import jakarta.annotation.security.DeclareRoles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import th.go.sesaoret.servicedesk.audit.application.AuditTrail;
import th.go.sesaoret.servicedesk.audit.domain.AuditEntry.Fact;
import th.go.sesaoret.servicedesk.notification.application.NoticeKind;
import th.go.sesaoret.servicedesk.notification.application.RequestNotice;
import th.go.sesaoret.servicedesk.request.domain.Actor;
import th.go.sesaoret.servicedesk.request.domain.ServiceRequest;
import th.go.sesaoret.servicedesk.request.domain.StepActing;
import th.go.sesaoret.servicedesk.request.domain.StepInstance;
import th.go.sesaoret.servicedesk.shared.BusinessException;
import th.go.sesaoret.servicedesk.sla.application.WorkingCalendar;

/**
 * Acting on steps. Each method loads the request, calls one rule of {@link StepActing}, flushes (so
 * a lost race shows here as {@code request.concurrent}, with nothing half-written), audits and
 * raises notices. Approving and rejecting are signatures: the password is entered again.
 */
@Stateless
@DeclareRoles({
  REQUESTER_NAME,
  CLERK_NAME,
  STAFF_NAME,
  GROUP_DIRECTOR_NAME,
  DEPUTY_DIRECTOR_NAME,
  DIRECTOR_NAME,
  ADMIN_NAME
})
// every signed-in person but the administrator acts on steps; the entity decides whose step it is
@RolesAllowed({
  REQUESTER_NAME,
  CLERK_NAME,
  STAFF_NAME,
  GROUP_DIRECTOR_NAME,
  DEPUTY_DIRECTOR_NAME,
  DIRECTOR_NAME
})
public class StepActions {
  private static final Logger LOG = Logger.getLogger(StepActions.class.getName());

  @PersistenceContext private EntityManager em;
  @Inject private Clock clock;
  @Resource private SessionContext session;
  @EJB private WorkingCalendar calendar;
  @EJB private AuditTrail audit;
  @EJB private Signatures signatures;
  @Inject private Event<RequestNotice> events;

  /** What one action does to the loaded request; adds the notices it raises. */
  interface Action {
    String run(StepActing acting, int order, Actor who, List<RequestNotice> out);
  }

  public RequestState complete(long stepId, String comment, String sourceIp) {
    return onStep(
        "STEP_COMPLETE",
        stepId,
        sourceIp,
        (acting, order, who, out) -> {
          StepInstance step = acting.complete(order, who, comment);
          ServiceRequest r = step.request();
          if (!r.isRequester(who.username())) {
            out.add(Notices.toRequester(NoticeKind.STEP_COMPLETED, r, step));
          }
          out.addAll(Notices.next(r));
          return comment;
        });
  }

  public RequestState approve(long stepId, char[] password, String comment, String sourceIp) {
    return onStep(
        "STEP_APPROVE",
        stepId,
        sourceIp,
        (acting, order, who, out) -> {
          signatures.checkPassword(who.username(), password);
          var approval = acting.approve(order, who, comment, sourceIp);
          ServiceRequest r = approval.step().request();
          out.add(Notices.toRequester(NoticeKind.APPROVED, r, approval.step()));
          out.addAll(Notices.next(r));
          return "sha256=" + approval.contentSha256() + " actingFor=" + approval.actingFor();
        });
  }

  public RequestState reject(long stepId, char[] password, String reason, String sourceIp) {
    return onStep(
        "STEP_REJECT",
        stepId,
        sourceIp,
        (acting, order, who, out) -> {
          signatures.checkPassword(who.username(), password);
          var refusal = acting.reject(order, who, reason, sourceIp);
          out.add(
              Notices.toRequester(NoticeKind.REJECTED, refusal.step().request(), refusal.step()));
          return "sha256=" + refusal.contentSha256() + " reason=" + reason;
        });
  }

  @RolesAllowed({CLERK_NAME, STAFF_NAME, GROUP_DIRECTOR_NAME, DEPUTY_DIRECTOR_NAME, DIRECTOR_NAME})
  public RequestState returnForCorrection(long stepId, String comment, String sourceIp) {
    return onStep(
        "STEP_RETURN",
        stepId,
        sourceIp,
        (acting, order, who, out) -> {
          StepInstance step = acting.returnForCorrection(order, who, comment);
          out.add(Notices.toRequester(NoticeKind.RETURNED, step.request(), step));
          return comment;
        });
  }

  @RolesAllowed({
    CLERK_NAME,
    STAFF_NAME,
    GROUP_DIRECTOR_NAME,
    DEPUTY_DIRECTOR_NAME,
    DIRECTOR_NAME,
    ADMIN_NAME
  })
  public RequestState reassign(long stepId, String username, String sourceIp) {
    return onStep(
        "STEP_REASSIGN",
        stepId,
        sourceIp,
        (acting, order, who, out) -> {
          StepInstance step = acting.reassign(order, who, username);
          out.add(Notices.waiting(step.request(), step));
          return "assignee=" + step.assignee();
        });
  }

  /** The requester's corrected content; a changed content voids earlier approvals. */
  @RolesAllowed(REQUESTER_NAME)
  public RequestState resubmit(long requestId, String title, String description, String sourceIp) {
    return onRequest(
        "REQUEST_RESUBMIT",
        requestId,
        sourceIp,
        (acting, order, who, out) -> {
          StepInstance back = acting.resubmit(who, title, description);
          out.addAll(Notices.next(back.request()));
          return "from step " + back.order() + " round " + back.round();
        });
  }

  @RolesAllowed(REQUESTER_NAME)
  public RequestState cancel(long requestId, String reason, String sourceIp) {
    return onRequest(
        "REQUEST_CANCEL",
        requestId,
        sourceIp,
        (acting, order, who, out) -> {
          acting.cancel(who, reason);
          return reason;
        });
  }

  private RequestState onStep(String action, long stepId, String ip, Action work) {
    // fetched with its request, so the rules work on the entity itself, not on a lazy proxy
    StepInstance step =
        em.createQuery(
                "select s from StepInstance s join fetch s.request where s.id = :id",
                StepInstance.class)
            .setParameter("id", stepId)
            .getResultStream()
            .findFirst()
            .orElse(null);
    if (step == null) {
      audit.refused(ip, Fact.of(action, null, "step " + stepId).detail("request.step.notFound"));
      throw new BusinessException("request.step.notFound", stepId);
    }
    return perform(action, step.request(), step.order(), ip, work);
  }

  private RequestState onRequest(String action, long requestId, String ip, Action work) {
    ServiceRequest r = em.find(ServiceRequest.class, requestId);
    if (r == null) {
      audit.refused(
          ip, Fact.of(action, requestId, "request " + requestId).detail("request.notFound"));
      throw new BusinessException("request.notFound", requestId);
    }
    return perform(action, r, 0, ip, work);
  }

  private RequestState perform(String action, ServiceRequest r, int order, String ip, Action work) {
    Fact fact = Fact.of(action, r.id(), r.number() + (order > 0 ? " step " + order : ""));
    String before = r.state();
    try {
      var now = clock.instant();
      Actor who = Callers.actor(session, em, now);
      List<RequestNotice> out = new ArrayList<>();
      String detail = work.run(StepActing.on(r, calendar.calendar(), now), order, who, out);
      flush();
      audit.record(ip, fact.states(before, r.state()).detail(detail));
      out.forEach(events::fire);
      return RequestState.of(r);
    } catch (BusinessException e) {
      audit.refused(ip, fact.states(before, null).detail(e.key()));
      throw e;
    }
  }

  /**
   * Writes the action now, inside the try: a lost race shows here, not at commit. The loser either
   * finds the version changed (optimistic lock) or, on databases that lock the row while the winner
   * commits, is refused by the database; both mean someone else acted first.
   */
  private void flush() {
    try {
      em.flush();
    } catch (PersistenceException e) {
      LOG.log(Level.INFO, "Concurrent action refused: {0}", e.toString());
      throw new BusinessException("request.concurrent");
    }
  }
}
