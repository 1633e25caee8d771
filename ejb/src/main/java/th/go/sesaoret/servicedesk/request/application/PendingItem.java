package th.go.sesaoret.servicedesk.request.application;

import java.time.Instant;
import java.util.Optional;
import th.go.sesaoret.servicedesk.notification.domain.NoticeKind;
import th.go.sesaoret.servicedesk.notification.domain.StepHandled;
import th.go.sesaoret.servicedesk.request.domain.Actor;
import th.go.sesaoret.servicedesk.request.domain.RequestStatus;
import th.go.sesaoret.servicedesk.request.domain.ServiceRequest;
import th.go.sesaoret.servicedesk.request.domain.StepInstance;
import th.go.sesaoret.servicedesk.security.domain.Role;

/**
 * What a request waits for now, as its notices ask for it: the running round of its current step
 * (its actor acts), or, while it is back with the requester, the correction of that round. An
 * action that changes it has handled the item before (issue 8, finding 16), whoever took it.
 */
record PendingItem(int order, int round, NoticeKind.Item item, Role actingRole) {

  static Optional<PendingItem> of(ServiceRequest r) {
    return r.currentStep()
        .filter(StepInstance::isOpen)
        .map(
            s ->
                new PendingItem(
                    s.order(),
                    s.round(),
                    r.status() == RequestStatus.RETURNED
                        ? NoticeKind.Item.CORRECTION
                        : NoticeKind.Item.STEP,
                    s.actingRole()));
  }

  /** The item {@code before} was handled by this action, when the request waits for another now. */
  static Optional<StepHandled> handled(
      long requestId, Optional<PendingItem> before, ServiceRequest after, Actor who, Instant now) {
    if (before.isEmpty() || before.equals(of(after))) {
      return Optional.empty();
    }
    PendingItem was = before.get();
    return Optional.of(
        new StepHandled(
            requestId,
            was.order,
            was.round,
            was.item,
            who.username(),
            was.roleOf(who, after),
            now));
  }

  /** The position in which {@code who} acted: the step's role, the director's, or the requester. */
  private Role roleOf(Actor who, ServiceRequest r) {
    if (item == NoticeKind.Item.CORRECTION
        || (r.isRequester(who.username()) && !who.holds(actingRole))) {
      return Role.REQUESTER;
    }
    if (who.holds(actingRole)) {
      return actingRole;
    }
    return who.holds(Role.DIRECTOR) ? Role.DIRECTOR : actingRole;
  }
}
