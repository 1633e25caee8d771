package th.go.sesaoret.servicedesk.repair.application;

import static th.go.sesaoret.servicedesk.security.domain.Role.CLERK_NAME;
import static th.go.sesaoret.servicedesk.security.domain.Role.DEPUTY_DIRECTOR_NAME;
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
import java.util.function.Consumer;
import th.go.sesaoret.servicedesk.notification.domain.WorkflowNotice;
import th.go.sesaoret.servicedesk.repair.domain.RepairJob;
import th.go.sesaoret.servicedesk.repair.domain.RepairOrder;
import th.go.sesaoret.servicedesk.request.application.Notices;
import th.go.sesaoret.servicedesk.request.application.RequestState;
import th.go.sesaoret.servicedesk.request.application.RequestWork;
import th.go.sesaoret.servicedesk.request.application.Signatures;
import th.go.sesaoret.servicedesk.request.application.Signer;
import th.go.sesaoret.servicedesk.request.domain.Approval;
import th.go.sesaoret.servicedesk.request.domain.ServiceRequest;
import th.go.sesaoret.servicedesk.security.domain.Role;

/**
 * Step 3 of the repair service: the ICT group director (or the director, or their acting official)
 * sees the technicians' load, approves with an electronic signature and orders the repair to a
 * DLICT technician or out to a vendor. Rejecting is the workflow's signed rejection.
 */
@Stateless
// acting officials hold other roles of their own; the step's rules decide who may sign
@RolesAllowed({GROUP_DIRECTOR_NAME, DIRECTOR_NAME, DEPUTY_DIRECTOR_NAME, CLERK_NAME, STAFF_NAME})
public class RepairOrders {
  @PersistenceContext private EntityManager em;
  @EJB private RequestWork work;
  @EJB private Signatures signatures;
  @Inject private RepairReads reads;

  public RequestState approve(
      long requestId, char[] password, RepairOrder order, String comment, String sourceIp) {
    return approve(
        requestId, who -> signatures.checkPassword(who, password), order, comment, sourceIp);
  }

  /** The same with a signer whose password was checked once (the approval desk's batch). */
  public RequestState approve(
      long requestId, Signer signer, RepairOrder order, String comment, String sourceIp) {
    return approve(requestId, signer::requireFor, order, comment, sourceIp);
  }

  private RequestState approve(
      long requestId,
      Consumer<String> identify,
      RepairOrder order,
      String comment,
      String sourceIp) {
    return work.onRequest(
        "REPAIR_ORDER",
        requestId,
        sourceIp,
        (acting, o, who, out) -> {
          identify.accept(who.username());
          boolean staff = order.technician() == null || isTechnician(order.technician());
          Approval a =
              RepairJobs.of(em, acting).order(acting, who, order, staff, comment, sourceIp);
          ServiceRequest r = acting.request();
          out.add(Notices.toRequester(WorkflowNotice.APPROVED, r, r.step(RepairJob.APPROVAL)));
          out.addAll(Notices.next(r));
          return "sha256="
              + a.contentSha256()
              + " technician="
              + order.technician()
              + " vendor="
              + order.vendor()
              + " actingFor="
              + a.actingFor();
        });
  }

  /** Every active DLICT technician, with the open staff steps assigned to them now. */
  public List<TechnicianLoad> technicianLoad() {
    return reads.technicianLoad();
  }

  private boolean isTechnician(String username) {
    return em.createQuery(
                "select count(p) from Person p join p.roles role"
                    + " where p.username = :u and role = :staff and p.active = true",
                Long.class)
            .setParameter("u", username)
            .setParameter("staff", Role.STAFF)
            .getSingleResult()
        > 0;
  }
}
