package th.go.sesaoret.servicedesk.request.application;

import static th.go.sesaoret.servicedesk.security.domain.Role.ADMIN_NAME;
import static th.go.sesaoret.servicedesk.security.domain.Role.CLERK_NAME;
import static th.go.sesaoret.servicedesk.security.domain.Role.DEPUTY_DIRECTOR_NAME;
import static th.go.sesaoret.servicedesk.security.domain.Role.DIRECTOR_NAME;
import static th.go.sesaoret.servicedesk.security.domain.Role.GROUP_DIRECTOR_NAME;
import static th.go.sesaoret.servicedesk.security.domain.Role.REQUESTER_NAME;
import static th.go.sesaoret.servicedesk.security.domain.Role.STAFF_NAME;

import jakarta.annotation.security.DeclareRoles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import java.util.function.Consumer;
import th.go.sesaoret.servicedesk.notification.domain.WorkflowNotice;
import th.go.sesaoret.servicedesk.request.domain.ServiceRequest;
import th.go.sesaoret.servicedesk.request.domain.StepActing;
import th.go.sesaoret.servicedesk.request.domain.StepInstance;
import th.go.sesaoret.servicedesk.shared.BusinessException;

/**
 * Acting on steps. Each method runs one rule of {@link StepActing} through {@link RequestWork}
 * (load, act, flush, audit, notices). Approving and rejecting are signatures: the password is
 * entered again.
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
  @EJB private RequestWork requestWork;
  @EJB private Signatures signatures;

  public RequestState complete(long stepId, String comment, String sourceIp) {
    return requestWork.onStep(
        "STEP_COMPLETE",
        stepId,
        sourceIp,
        (acting, order, who, out) -> {
          requireGeneral(acting, order);
          StepInstance step = acting.complete(order, who, comment);
          ServiceRequest r = step.request();
          if (!r.isRequester(who.username())) {
            out.add(Notices.toRequester(WorkflowNotice.STEP_COMPLETED, r, step));
          }
          out.addAll(Notices.next(r));
          return comment;
        });
  }

  public RequestState approve(long stepId, char[] password, String comment, String sourceIp) {
    return approve(stepId, who -> signatures.checkPassword(who, password), comment, sourceIp);
  }

  /** The same with a signer whose password was checked once for several signatures. */
  public RequestState approve(long stepId, Signer signer, String comment, String sourceIp) {
    return approve(stepId, signer::requireFor, comment, sourceIp);
  }

  private RequestState approve(
      long stepId, Consumer<String> identify, String comment, String sourceIp) {
    return requestWork.onStep(
        "STEP_APPROVE",
        stepId,
        sourceIp,
        (acting, order, who, out) -> {
          identify.accept(who.username());
          requireGeneral(acting, order);
          var approval = acting.approve(order, who, comment, sourceIp);
          ServiceRequest r = approval.step().request();
          out.add(Notices.toRequester(WorkflowNotice.APPROVED, r, approval.step()));
          out.addAll(Notices.next(r));
          return "sha256=" + approval.contentSha256() + " actingFor=" + approval.actingFor();
        });
  }

  public RequestState reject(long stepId, char[] password, String reason, String sourceIp) {
    return requestWork.onStep(
        "STEP_REJECT",
        stepId,
        sourceIp,
        (acting, order, who, out) -> {
          signatures.checkPassword(who.username(), password);
          var refusal = acting.reject(order, who, reason, sourceIp);
          out.add(
              Notices.toRequester(
                  WorkflowNotice.REJECTED, refusal.step().request(), refusal.step()));
          return "sha256=" + refusal.contentSha256() + " reason=" + reason;
        });
  }

  @RolesAllowed({CLERK_NAME, STAFF_NAME, GROUP_DIRECTOR_NAME, DEPUTY_DIRECTOR_NAME, DIRECTOR_NAME})
  public RequestState returnForCorrection(long stepId, String comment, String sourceIp) {
    return requestWork.onStep(
        "STEP_RETURN",
        stepId,
        sourceIp,
        (acting, order, who, out) -> {
          StepInstance step = acting.returnForCorrection(order, who, comment);
          out.add(Notices.toRequester(WorkflowNotice.RETURNED, step.request(), step));
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
    return requestWork.onStep(
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
    return requestWork.onRequest(
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
    return requestWork.onRequest(
        "REQUEST_CANCEL",
        requestId,
        sourceIp,
        (acting, order, who, out) -> {
          acting.cancel(who, reason);
          return reason;
        });
  }

  /** Refuses a step that its service acts on through its own actions ({@link ServicePlugin}). */
  static void requireGeneral(StepActing acting, int order) {
    if (acting.isOwnStep(order)) {
      throw new BusinessException("request.step.ownActions", order);
    }
  }
}
