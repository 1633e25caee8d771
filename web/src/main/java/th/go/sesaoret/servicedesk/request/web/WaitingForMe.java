package th.go.sesaoret.servicedesk.request.web;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;
import th.go.sesaoret.servicedesk.request.application.RequestQueries;

/** How many of the requester's own requests wait for them now (their step, or a correction). */
@Named
@RequestScoped
public class WaitingForMe {
  @EJB private RequestQueries queries;
  private Long count;

  public long getCount() {
    if (count == null) {
      count = queries.countWaitingForMe();
    }
    return count;
  }
}
