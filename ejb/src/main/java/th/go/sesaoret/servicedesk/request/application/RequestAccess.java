package th.go.sesaoret.servicedesk.request.application;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import th.go.sesaoret.servicedesk.audit.application.AuditTrail;
import th.go.sesaoret.servicedesk.audit.domain.AuditEntry.Fact;
import th.go.sesaoret.servicedesk.request.domain.Actor;
import th.go.sesaoret.servicedesk.request.domain.ServiceRequest;
import th.go.sesaoret.servicedesk.shared.BusinessException;

/**
 * The one door every reading of a request goes through (its page, its history, an attachment, a
 * service's own part such as the repair's): the request when the caller may see it ({@link
 * RequestReads#visible}, the domain's {@code Visibility}); otherwise {@code request.notVisible},
 * the same whether the request exists or not, the refusal audited under the reading's action.
 */
@ApplicationScoped
public class RequestAccess {
  @Inject private RequestReads reads;
  @EJB private AuditTrail audit;

  /** The request for {@code viewer}, or the audited refusal of {@code action}. */
  public ServiceRequest visible(long requestId, Actor viewer, String action, String sourceIp) {
    return reads.visible(requestId, viewer).orElseThrow(() -> refused(requestId, action, sourceIp));
  }

  /**
   * The same for the request's page: the request with its version, service and steps, in one
   * statement ({@link RequestReads#visibleWithSteps}).
   */
  public ServiceRequest visibleWithSteps(
      long requestId, Actor viewer, String action, String sourceIp) {
    return reads
        .visibleWithSteps(requestId, viewer)
        .orElseThrow(() -> refused(requestId, action, sourceIp));
  }

  /** Audits the refusal of {@code action} on the request and gives the exception to throw. */
  public BusinessException refused(long requestId, String action, String sourceIp) {
    audit.refused(
        sourceIp, Fact.of(action, requestId, "request " + requestId).detail("request.notVisible"));
    return new BusinessException("request.notVisible");
  }
}
