package th.go.sesaoret.servicedesk.approval.application;

import static th.go.sesaoret.servicedesk.security.domain.Role.CLERK_NAME;
import static th.go.sesaoret.servicedesk.security.domain.Role.DEPUTY_DIRECTOR_NAME;
import static th.go.sesaoret.servicedesk.security.domain.Role.DIRECTOR_NAME;
import static th.go.sesaoret.servicedesk.security.domain.Role.GROUP_DIRECTOR_NAME;
import static th.go.sesaoret.servicedesk.security.domain.Role.STAFF_NAME;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import th.go.sesaoret.servicedesk.approval.domain.ApprovalAuditAction;
import th.go.sesaoret.servicedesk.audit.application.AuditTrail;
import th.go.sesaoret.servicedesk.audit.domain.AuditEntry.Fact;
import th.go.sesaoret.servicedesk.catalog.domain.ServiceCode;
import th.go.sesaoret.servicedesk.request.application.Signer;
import th.go.sesaoret.servicedesk.request.application.StepActions;
import th.go.sesaoret.servicedesk.request.domain.ContentDigest;
import th.go.sesaoret.servicedesk.request.domain.ServiceRequest;
import th.go.sesaoret.servicedesk.request.domain.StepInstance;
import th.go.sesaoret.servicedesk.shared.BusinessException;

/**
 * One item of a batch, in its own transaction: its content must still be what the signer was shown
 * (compared here, in the transaction that signs it), its step still waiting; then its service's
 * {@link DeskApprover} signs it, or the engine's approval for a service without one.
 */
@Stateless
@RolesAllowed({GROUP_DIRECTOR_NAME, DIRECTOR_NAME, DEPUTY_DIRECTOR_NAME, CLERK_NAME, STAFF_NAME})
public class ApprovalSigning {
  /** What was signed: the request's number and the verification code of the signed content. */
  public record Signed(String number, String verificationCode) {}

  @PersistenceContext private EntityManager em;
  @EJB private StepActions steps;
  @EJB private AuditTrail audit;
  @Inject @Any private Instance<DeskApprover> approvers;

  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public Signed sign(DeskSignature item, Signer signer, String comment, String ip) {
    StepInstance step =
        em.createQuery(
                "select s from StepInstance s join fetch s.request where s.id = :id",
                StepInstance.class)
            .setParameter("id", item.stepId())
            .getResultStream()
            .findFirst()
            .orElseThrow(() -> new BusinessException("approval.desk.gone"));
    ServiceRequest r = step.request();
    if (!step.isOpen() || step.isPaused() || !step.isApproval()) {
      throw new BusinessException("approval.desk.gone");
    }
    String now = r.contentSha256();
    if (!now.equals(item.shownSha256())) {
      audit.refused(
          ip,
          Fact.of(
                  ApprovalAuditAction.APPROVAL_CONTENT_CHANGED.name(),
                  r.id(),
                  r.number() + " step " + step.order())
              .detail("shown=" + item.shownSha256() + " now=" + now));
      throw new BusinessException("approval.desk.changed", r.number());
    }
    ServiceCode code = r.version().service().code();
    DeskApprover approver =
        approvers.stream().filter(a -> a.service().equals(code)).findFirst().orElse(null);
    if (approver == null) {
      steps.approve(step.id(), signer, comment, ip);
    } else {
      approver.approve(r.id(), step.id(), signer, item.choice(), comment, ip);
    }
    return new Signed(r.number(), ContentDigest.verificationCode(now));
  }
}
