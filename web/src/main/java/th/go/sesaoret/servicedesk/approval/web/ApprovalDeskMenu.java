package th.go.sesaoret.servicedesk.approval.web;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;
import th.go.sesaoret.servicedesk.approval.application.ApprovalDesk;
import th.go.sesaoret.servicedesk.shared.web.Callers;

/**
 * Whether the menu shows the approval desk: to the approvers by role, and to clerks and staff who
 * act for one of them today (รักษาราชการแทน), asked of the desk once a request.
 */
@Named
@RequestScoped
public class ApprovalDeskMenu {
  @EJB private ApprovalDesk desk;
  private Boolean shown;

  public boolean isShown() {
    if (shown == null) {
      shown =
          Callers.hasRole("DIRECTOR")
              || Callers.hasRole("DEPUTY_DIRECTOR")
              || Callers.hasRole("GROUP_DIRECTOR")
              || ((Callers.hasRole("CLERK") || Callers.hasRole("STAFF")) && desk.opens());
    }
    return shown;
  }
}
