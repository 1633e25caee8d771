package th.go.sesaoret.servicedesk.request.application;

import java.io.Serializable;
import th.go.sesaoret.servicedesk.request.domain.RequestStatus;
import th.go.sesaoret.servicedesk.request.domain.ServiceRequest;

/** Where a request stands after an action: its number, status and current step (or null). */
public record RequestState(Long id, String number, RequestStatus status, Integer currentStep)
    implements Serializable {
  static RequestState of(ServiceRequest r) {
    return new RequestState(
        r.id(), r.number(), r.status(), r.currentStep().map(s -> s.order()).orElse(null));
  }
}
