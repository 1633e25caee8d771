package th.go.sesaoret.servicedesk.request.application;

import jakarta.enterprise.context.ApplicationScoped;
import th.go.sesaoret.servicedesk.notification.application.RequestStates;
import th.go.sesaoret.servicedesk.request.domain.RequestStatus;

/** A request's statuses for the inbox's filters. */
@ApplicationScoped
public class InboxRequestStates implements RequestStates {
  @Override
  public Class<? extends Enum<?>> type() {
    return RequestStatus.class;
  }

  @Override
  public Enum<?> open() {
    return RequestStatus.OPEN;
  }

  @Override
  public Enum<?> returned() {
    return RequestStatus.RETURNED;
  }
}
