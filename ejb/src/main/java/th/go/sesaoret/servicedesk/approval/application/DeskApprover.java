package th.go.sesaoret.servicedesk.approval.application;

import java.util.List;
import th.go.sesaoret.servicedesk.catalog.domain.ServiceCode;
import th.go.sesaoret.servicedesk.request.application.RequestState;
import th.go.sesaoret.servicedesk.request.application.Signer;

/**
 * The seam of a service that approves in its own way ({@code @ApplicationScoped}, in the service's
 * package, found by CDI): the desk names no service. A service without one is approved by the
 * engine ({@code StepActions.approve}).
 */
public interface DeskApprover {
  ServiceCode service();

  /**
   * The options of the order given with an approval (one must be chosen), or none when the service
   * takes no order.
   */
  default List<DeskChoice> choices(long requestId) {
    return List.of();
  }

  /** Approves step {@code stepId} of request {@code requestId} with the chosen option. */
  RequestState approve(
      long requestId, long stepId, Signer signer, String choice, String comment, String sourceIp);
}
