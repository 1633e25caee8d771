package th.go.sesaoret.servicedesk.repair.application;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import th.go.sesaoret.servicedesk.approval.application.DeskApprover;
import th.go.sesaoret.servicedesk.approval.application.DeskChoice;
import th.go.sesaoret.servicedesk.catalog.domain.ServiceCode;
import th.go.sesaoret.servicedesk.repair.domain.RepairOrder;
import th.go.sesaoret.servicedesk.request.application.RequestState;
import th.go.sesaoret.servicedesk.request.application.Signer;

/**
 * The repair on the approval desk: approved with the order to a DLICT technician, chosen from the
 * technicians with the jobs on their desk now (a vendor job is ordered on the request's page).
 */
@ApplicationScoped
public class RepairDeskApprover implements DeskApprover {
  @EJB private RepairOrders orders;

  @Override
  public ServiceCode service() {
    return ServiceCode.REPAIR;
  }

  @Override
  public List<DeskChoice> choices(long requestId) {
    return orders.technicianLoad().stream()
        .map(t -> new DeskChoice(t.username(), t.fullName(), t.openJobs()))
        .toList();
  }

  @Override
  public RequestState approve(
      long requestId, long stepId, Signer signer, String choice, String comment, String sourceIp) {
    return orders.approve(requestId, signer, new RepairOrder(choice, null), comment, sourceIp);
  }
}
