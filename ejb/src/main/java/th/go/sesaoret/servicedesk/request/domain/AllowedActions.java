package th.go.sesaoret.servicedesk.request.domain;

import java.util.EnumSet;
import java.util.Set;
import java.util.function.Predicate;
import th.go.sesaoret.servicedesk.security.domain.Role;

/** What a person may do on a request now: the rule behind {@link StepActing#allowed}. */
final class AllowedActions {
  private AllowedActions() {}

  /**
   * The current step's actions when it is {@code who}'s, the requester's correction and
   * cancellation; complete and approve are left out at a step whose key {@code ownSteps} accepts.
   */
  static Set<StepAction> of(ServiceRequest request, Actor who, Predicate<String> ownSteps) {
    Set<StepAction> may = EnumSet.noneOf(StepAction.class);
    boolean requester = request.isRequester(who.username()) && who.holds(Role.REQUESTER);
    if (requester && request.status() == RequestStatus.RETURNED) {
      may.add(StepAction.CORRECT);
    }
    if (requester
        && !request.status().isFinished()
        && request.approvals().stream().noneMatch(Approval::counts)) {
      may.add(StepAction.CANCEL);
    }
    StepInstance step = request.currentStep().orElse(null);
    if (request.status() != RequestStatus.OPEN
        || step == null
        || !step.isOpen()
        || step.isPaused()
        || !step.mayAct(who, request.requester())) {
      return may;
    }
    boolean general = !ownSteps.test(step.key());
    if (step.isApproval()) {
      if (general) {
        may.add(StepAction.APPROVE);
      }
      may.add(StepAction.REJECT);
    } else if (general) {
      may.add(StepAction.COMPLETE);
    }
    if (step.actingRole() != Role.REQUESTER) {
      may.add(StepAction.RETURN);
    }
    return may;
  }
}
