package th.go.sesaoret.servicedesk.publication.application;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import th.go.sesaoret.servicedesk.approval.application.DeskApprover;
import th.go.sesaoret.servicedesk.catalog.domain.ServiceCode;
import th.go.sesaoret.servicedesk.request.application.RequestState;
import th.go.sesaoret.servicedesk.request.application.Signer;

/** The website publication on the approval desk: its one signature of steps 3-4. */
@ApplicationScoped
public class PublicationDeskApprover implements DeskApprover {
  @EJB private PublicationApprovals approvals;

  @Override
  public ServiceCode service() {
    return ServiceCode.PUBLICATION;
  }

  @Override
  public RequestState approve(
      long requestId, long stepId, Signer signer, String choice, String comment, String sourceIp) {
    return approvals.approve(requestId, signer, comment, sourceIp);
  }
}
