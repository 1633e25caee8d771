package th.go.sesaoret.servicedesk.repair.application;

import static th.go.sesaoret.servicedesk.security.domain.Role.REQUESTER_NAME;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import th.go.sesaoret.servicedesk.notification.domain.RequestNotice;
import th.go.sesaoret.servicedesk.repair.domain.RepairNotice;
import th.go.sesaoret.servicedesk.request.application.RequestState;
import th.go.sesaoret.servicedesk.request.application.RequestWork;
import th.go.sesaoret.servicedesk.request.domain.StepInstance;

/**
 * The requester's answer to a finished repair: confirm it and rate the service (1-5 with a
 * comment), or reopen it once with a reason (the technician works on it again).
 */
@Stateless
@RolesAllowed(REQUESTER_NAME)
public class RepairConfirmation {
  @PersistenceContext private EntityManager em;
  @EJB private RequestWork work;

  public RequestState confirm(long requestId, int rating, String comment, String sourceIp) {
    return work.onRequest(
        "REPAIR_CONFIRM",
        requestId,
        sourceIp,
        (acting, order, who, out) -> {
          RepairJobs.of(em, acting).confirm(who, rating, comment, acting.now());
          return "rating " + rating + (comment == null ? "" : ": " + comment);
        });
  }

  public RequestState reopen(long requestId, String reason, String sourceIp) {
    return work.onRequest(
        "REPAIR_REOPEN",
        requestId,
        sourceIp,
        (acting, order, who, out) -> {
          StepInstance step = RepairJobs.of(em, acting).reopen(acting, who, reason);
          var r = acting.request();
          if (step.assignee() != null) {
            out.add(
                RequestNotice.toUser(
                    RepairNotice.REPAIR_REOPENED,
                    r.id(),
                    r.number(),
                    step.order(),
                    step.round(),
                    step.assignee()));
          }
          return reason;
        });
  }
}
