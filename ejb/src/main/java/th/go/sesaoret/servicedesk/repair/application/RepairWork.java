package th.go.sesaoret.servicedesk.repair.application;

import static th.go.sesaoret.servicedesk.security.domain.Role.STAFF_NAME;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import th.go.sesaoret.servicedesk.notification.domain.RequestNotice;
import th.go.sesaoret.servicedesk.repair.domain.RepairJob;
import th.go.sesaoret.servicedesk.repair.domain.RepairNotice;
import th.go.sesaoret.servicedesk.repair.domain.Resolution;
import th.go.sesaoret.servicedesk.request.application.Notices;
import th.go.sesaoret.servicedesk.request.application.RequestState;
import th.go.sesaoret.servicedesk.request.application.RequestWork;
import th.go.sesaoret.servicedesk.request.domain.ServiceRequest;
import th.go.sesaoret.servicedesk.security.domain.Role;

/**
 * Steps 4 and 5 of the repair service, the technician's work: accept the job, log the work (what
 * was done, parts, time), pause while waiting for parts (the step's clock stops), record the
 * result, and report it to the ICT group director / director, which completes the request and asks
 * the requester to confirm. Only the assigned technician acts on a job.
 */
@Stateless
@RolesAllowed(STAFF_NAME)
public class RepairWork {
  @PersistenceContext private EntityManager em;
  @EJB private RequestWork work;

  public RequestState accept(long requestId, String sourceIp) {
    return work.onRequest(
        "REPAIR_ACCEPT",
        requestId,
        sourceIp,
        (acting, order, who, out) -> {
          RepairJobs.of(em, acting).accept(acting, who);
          return null;
        });
  }

  public RequestState log(
      long requestId, String workDone, String partsUsed, Integer minutesSpent, String sourceIp) {
    return work.onRequest(
        "REPAIR_LOG",
        requestId,
        sourceIp,
        (acting, order, who, out) -> {
          RepairJobs.of(em, acting).log(acting, who, workDone, partsUsed, minutesSpent);
          return minutesSpent + " min: " + workDone;
        });
  }

  /** The job waits for parts; the requester is told, and the step's clock stops. */
  public RequestState pauseForParts(long requestId, String reason, String sourceIp) {
    return work.onRequest(
        "REPAIR_PAUSE",
        requestId,
        sourceIp,
        (acting, order, who, out) -> {
          RepairJobs.of(em, acting).pauseForParts(acting, who, reason);
          ServiceRequest r = acting.request();
          out.add(Notices.toRequester(RepairNotice.REPAIR_PAUSED, r, r.step(RepairJob.REPAIR)));
          return reason;
        });
  }

  public RequestState resume(long requestId, String note, String sourceIp) {
    return work.onRequest(
        "REPAIR_RESUME",
        requestId,
        sourceIp,
        (acting, order, who, out) -> {
          RepairJobs.of(em, acting).resume(acting, who, note);
          return note;
        });
  }

  /** Step 4 ends with its result; the report (step 5) is the same technician's. */
  public RequestState resolve(long requestId, Resolution resolution, String note, String sourceIp) {
    return work.onRequest(
        "REPAIR_RESOLVE",
        requestId,
        sourceIp,
        (acting, order, who, out) -> {
          RepairJobs.of(em, acting).resolve(acting, who, resolution, note);
          return resolution + (note == null ? "" : ": " + note);
        });
  }

  /**
   * Step 5: the report goes to the ICT group director (the director too) as a completion notice,
   * and the requester is asked to confirm and rate the repair.
   */
  public RequestState report(long requestId, String report, String sourceIp) {
    return work.onRequest(
        "REPAIR_REPORT",
        requestId,
        sourceIp,
        (acting, order, who, out) -> {
          RepairJob job = RepairJobs.of(em, acting);
          job.report(acting, who, report);
          ServiceRequest r = acting.request();
          var step = r.step(RepairJob.REPORT);
          out.add(
              RequestNotice.toRole(
                  RepairNotice.REPAIR_REPORTED,
                  r.id(),
                  r.number(),
                  step.order(),
                  step.round(),
                  Role.GROUP_DIRECTOR));
          out.add(Notices.toRequester(RepairNotice.REPAIR_DONE, r, step));
          return "close due " + job.confirmation().closeDueAt();
        });
  }
}
