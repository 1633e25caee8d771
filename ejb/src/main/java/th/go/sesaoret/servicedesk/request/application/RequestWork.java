package th.go.sesaoret.servicedesk.request.application;

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
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import th.go.sesaoret.servicedesk.audit.application.AuditTrail;
import th.go.sesaoret.servicedesk.audit.domain.AuditEntry.Fact;
import th.go.sesaoret.servicedesk.notification.domain.RequestNotice;
import th.go.sesaoret.servicedesk.notification.domain.StepHandled;
import th.go.sesaoret.servicedesk.request.domain.Actor;
import th.go.sesaoret.servicedesk.request.domain.FinishedStep;
import th.go.sesaoret.servicedesk.request.domain.ServiceRequest;
import th.go.sesaoret.servicedesk.request.domain.StepActing;
import th.go.sesaoret.servicedesk.request.domain.StepInstance;
import th.go.sesaoret.servicedesk.shared.BusinessException;
import th.go.sesaoret.servicedesk.sla.application.WorkingCalendar;

/**
 * How every action on a request runs, for the generic step actions and for the services' own
 * (through their plug-ins' own actions): load the request, call one rule on {@link StepActing},
 * flush (so a lost race shows here as {@code request.concurrent}, with nothing half-written), audit
 * the action or the refusal, and raise the notices after it. When the action changed what the
 * request waits for, the notices that asked for it are handled, in the same transaction.
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
public class RequestWork {
  private static final Logger LOG = Logger.getLogger(RequestWork.class.getName());

  @PersistenceContext private EntityManager em;
  @Inject private ActingRoles acting;
  @Inject private Clock clock;
  @Resource private SessionContext session;
  @EJB private WorkingCalendar calendar;
  @EJB private AuditTrail audit;
  @Inject private Event<RequestNotice> events;
  @Inject private Event<StepHandled> handled;
  @Inject private Event<FinishedStepsChanged> finished;
  @Inject private ServicePlugins plugins;

  /** What one action does to the loaded request; adds the notices it raises; returns the detail. */
  public interface Action {
    String run(StepActing acting, int order, Actor who, List<RequestNotice> out);
  }

  /** Runs {@code work} on the request of step {@code stepId}. */
  public RequestState onStep(String action, long stepId, String ip, Action work) {
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

  /** Runs {@code work} on request {@code requestId} (order 0: the rule picks its step). */
  public RequestState onRequest(String action, long requestId, String ip, Action work) {
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
      Actor who = Callers.actor(session, acting, now);
      List<RequestNotice> out = new ArrayList<>();
      Optional<PendingItem> pending = PendingItem.of(r);
      List<FinishedStep> finishedBefore = FinishedStep.of(r);
      ServicePlugin plugin = plugins.of(r.version().service().code());
      var acting = StepActing.on(r, calendar.calendar(), now, plugin::ownActions);
      String detail = work.run(acting, order, who, out);
      if (!before.equals(r.state()) && r.status().isFinished()) {
        plugin.ended(r.id(), r.status());
      }
      flush();
      FinishedStepsChanged.between(r.id(), finishedBefore, FinishedStep.of(r))
          .ifPresent(finished::fire);
      PendingItem.handled(r.id(), pending, r, who, now).ifPresent(handled::fire);
      audit.record(ip, fact.states(before, r.state()).detail(detail));
      out.forEach(events::fire);
      return RequestState.of(r);
    } catch (BusinessException e) {
      audit.refused(ip, fact.states(before, null).detail(refusal(e)));
      throw e;
    }
  }

  /**
   * A refusal's detail for the audit trail: its bundle key, then its arguments, so it can be worded
   * again later (also for a service's refusals audited outside {@link #onRequest}).
   */
  public static String refusal(BusinessException e) {
    StringBuilder detail = new StringBuilder(e.key());
    for (Object arg : e.args()) {
      detail.append(' ').append(String.valueOf(arg).replace(' ', '\u00a0'));
    }
    return detail.toString();
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
