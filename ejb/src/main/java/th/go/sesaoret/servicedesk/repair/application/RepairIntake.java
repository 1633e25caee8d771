package th.go.sesaoret.servicedesk.repair.application;

import static th.go.sesaoret.servicedesk.security.domain.Role.CLERK_NAME;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import th.go.sesaoret.servicedesk.notification.domain.RequestNotice;
import th.go.sesaoret.servicedesk.notification.domain.WorkflowNotice;
import th.go.sesaoret.servicedesk.repair.domain.RepairJob;
import th.go.sesaoret.servicedesk.request.application.Notices;
import th.go.sesaoret.servicedesk.request.application.RequestNumbering;
import th.go.sesaoret.servicedesk.request.application.RequestState;
import th.go.sesaoret.servicedesk.request.application.RequestWork;
import th.go.sesaoret.servicedesk.request.domain.ServiceRequest;
import th.go.sesaoret.servicedesk.request.domain.StepInstance;
import th.go.sesaoret.servicedesk.security.domain.Role;

/**
 * Step 2 of the repair service, the clerk's intake: register the request in the group's registry
 * (เลขรับ and time), then forward it to the ICT group director or the director. Sending it back for
 * missing details is the workflow's return for correction.
 */
@Stateless
@RolesAllowed(CLERK_NAME)
public class RepairIntake {
  /** The registry's counter: one running number per Buddhist year. */
  static final String RECEIPT_COUNTER = "REPAIR_RECEIPT";

  @PersistenceContext private EntityManager em;
  @EJB private RequestWork work;
  @EJB private RequestNumbering numbering;

  public RequestState register(long requestId, String sourceIp) {
    return work.onRequest(
        "REPAIR_REGISTER",
        requestId,
        sourceIp,
        (acting, order, who, out) -> {
          RepairJob job = RepairJobs.of(em, acting);
          job.register(acting, who, () -> numbering.nextPlain(RECEIPT_COUNTER, acting.now()));
          return "receipt " + job.intake().receiptNumber();
        });
  }

  /** Forwards to {@code to} (GROUP_DIRECTOR or DIRECTOR), who is told an approval waits. */
  public RequestState forward(long requestId, Role to, String note, String sourceIp) {
    return work.onRequest(
        "REPAIR_FORWARD",
        requestId,
        sourceIp,
        (acting, order, who, out) -> {
          RepairJobs.of(em, acting).forward(acting, who, to, note);
          ServiceRequest r = acting.request();
          if (to == Role.DIRECTOR) {
            StepInstance s = r.step(RepairJob.APPROVAL);
            out.add(
                RequestNotice.toRole(
                    WorkflowNotice.APPROVAL_NEEDED,
                    r.id(),
                    r.number(),
                    s.order(),
                    s.round(),
                    Role.DIRECTOR));
          } else {
            out.addAll(Notices.next(r));
          }
          return "to " + to;
        });
  }
}
