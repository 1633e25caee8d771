package th.go.sesaoret.servicedesk.request.application;

import java.util.ArrayList;
import java.util.List;
import th.go.sesaoret.servicedesk.notification.domain.NoticeKind;
import th.go.sesaoret.servicedesk.notification.domain.RequestNotice;
import th.go.sesaoret.servicedesk.notification.domain.WorkflowNotice;
import th.go.sesaoret.servicedesk.request.domain.RequestStatus;
import th.go.sesaoret.servicedesk.request.domain.ServiceRequest;
import th.go.sesaoret.servicedesk.request.domain.StepInstance;
import th.go.sesaoret.servicedesk.security.domain.Role;

/**
 * Which notices an action raises: to the requester about their request, and to whoever must act on
 * the step that is now running (its assignee, its role, or the requester for a requester step).
 */
public final class Notices {
  private Notices() {}

  public static RequestNotice toRequester(NoticeKind kind, ServiceRequest r, StepInstance step) {
    return RequestNotice.toUser(
        kind, r.id(), r.number(), step.order(), step.round(), r.requester());
  }

  /** After an action: the request finished, or the step now running waits for someone. */
  public static List<RequestNotice> next(ServiceRequest r) {
    List<RequestNotice> out = new ArrayList<>();
    if (r.status() == RequestStatus.COMPLETED) {
      StepInstance last = r.steps().get(r.steps().size() - 1);
      out.add(toRequester(WorkflowNotice.REQUEST_COMPLETED, r, last));
    }
    r.currentStep().filter(s -> s.isOpen() && !s.isPaused()).ifPresent(s -> out.add(waiting(r, s)));
    return out;
  }

  public static RequestNotice waiting(ServiceRequest r, StepInstance s) {
    if (s.actingRole() == Role.REQUESTER) {
      return toRequester(WorkflowNotice.STEP_WAITING, r, s);
    }
    if (s.assignee() != null) {
      return RequestNotice.toUser(
          WorkflowNotice.STEP_WAITING, r.id(), r.number(), s.order(), s.round(), s.assignee());
    }
    NoticeKind kind = s.isApproval() ? WorkflowNotice.APPROVAL_NEEDED : WorkflowNotice.STEP_WAITING;
    return RequestNotice.toRole(kind, r.id(), r.number(), s.order(), s.round(), s.actingRole());
  }
}
