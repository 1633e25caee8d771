package th.go.sesaoret.servicedesk.publication.application;

import static th.go.sesaoret.servicedesk.security.domain.Role.CLERK_NAME;
import static th.go.sesaoret.servicedesk.security.domain.Role.DEPUTY_DIRECTOR_NAME;
import static th.go.sesaoret.servicedesk.security.domain.Role.DIRECTOR_NAME;
import static th.go.sesaoret.servicedesk.security.domain.Role.GROUP_DIRECTOR_NAME;
import static th.go.sesaoret.servicedesk.security.domain.Role.STAFF_NAME;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.function.Consumer;
import th.go.sesaoret.servicedesk.notification.domain.WorkflowNotice;
import th.go.sesaoret.servicedesk.publication.domain.Publication;
import th.go.sesaoret.servicedesk.request.application.Notices;
import th.go.sesaoret.servicedesk.request.application.RequestState;
import th.go.sesaoret.servicedesk.request.application.RequestWork;
import th.go.sesaoret.servicedesk.request.application.Signatures;
import th.go.sesaoret.servicedesk.request.application.Signer;
import th.go.sesaoret.servicedesk.request.domain.Approval;
import th.go.sesaoret.servicedesk.request.domain.ContentDigest;
import th.go.sesaoret.servicedesk.request.domain.ServiceRequest;
import th.go.sesaoret.servicedesk.request.domain.StepInstance;
import th.go.sesaoret.servicedesk.shared.BusinessException;

/**
 * Steps 3-4 of the website publication: the deputy director or the director (or whoever acts for
 * them) reads the post as it will look and signs it with the password entered again. One signature
 * does both steps: step 3 ("proposed for consideration") is approved as considered, then step 4
 * ("the authoriser signs") as signed, each an engine approval bound to the request's content hash,
 * which includes the post's digest; the post records that digest and its words, and its release the
 * signer and the verification code. Rejecting and returning are the engine's, from the same panel.
 */
@Stateless
// acting officials hold other roles of their own; the steps' rules decide who may sign
@RolesAllowed({GROUP_DIRECTOR_NAME, DIRECTOR_NAME, DEPUTY_DIRECTOR_NAME, CLERK_NAME, STAFF_NAME})
public class PublicationApprovals {
  @PersistenceContext private EntityManager em;
  @EJB private RequestWork work;
  @EJB private Signatures signatures;

  public RequestState approve(long requestId, char[] password, String comment, String sourceIp) {
    return approve(requestId, who -> signatures.checkPassword(who, password), comment, sourceIp);
  }

  /** The same with a signer whose password was checked once (the approval desk's batch). */
  public RequestState approve(long requestId, Signer signer, String comment, String sourceIp) {
    return approve(requestId, signer::requireFor, comment, sourceIp);
  }

  private RequestState approve(
      long requestId, Consumer<String> identify, String comment, String sourceIp) {
    return work.onRequest(
        "PUBLICATION_APPROVE",
        requestId,
        sourceIp,
        (acting, o, who, out) -> {
          ServiceRequest r = acting.request();
          int propose = acting.order(PublicationService.PROPOSE);
          int sign = acting.order(PublicationService.SIGN);
          StepInstance current =
              r.currentStep()
                  .filter(s -> s.order() == propose || s.order() == sign)
                  .orElseThrow(() -> new BusinessException("publication.approval.notNow"));
          acting.mayAct(current.order(), who);
          identify.accept(who.username());
          Publication p = PublicationReads.ofRequest(em, r.id());
          String digest = p.digest();
          if (!digest.equals(r.serviceSha256())) {
            // the post and its request disagree: nobody signs what they did not read
            throw new BusinessException("publication.approval.changed", r.number());
          }
          if (current.order() == propose) {
            acting.approve(propose, who, comment, sourceIp);
          }
          Approval a = acting.approve(sign, who, comment, sourceIp);
          p.approved(digest);
          p.release()
              .signed(
                  who.username(), acting.now(), ContentDigest.verificationCode(a.contentSha256()));
          out.add(Notices.toRequester(WorkflowNotice.APPROVED, r, r.step(sign)));
          out.addAll(Notices.next(r));
          return "sha256=" + a.contentSha256() + " post=" + digest + " actingFor=" + a.actingFor();
        });
  }
}
