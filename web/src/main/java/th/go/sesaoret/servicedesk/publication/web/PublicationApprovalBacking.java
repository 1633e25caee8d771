package th.go.sesaoret.servicedesk.publication.web;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import th.go.sesaoret.servicedesk.publication.application.PostReading;
import th.go.sesaoret.servicedesk.publication.application.PublicationApprovals;
import th.go.sesaoret.servicedesk.request.application.RequestState;
import th.go.sesaoret.servicedesk.request.application.StepActions;
import th.go.sesaoret.servicedesk.request.web.RequestViewBacking;
import th.go.sesaoret.servicedesk.shared.BusinessException;
import th.go.sesaoret.servicedesk.shared.web.Callers;
import th.go.sesaoret.servicedesk.shared.web.Messages;

/**
 * The authoriser's actions on a post (steps 3-4): approve and sign with the password entered again,
 * or the engine's signed rejection with a reason, or its return for correction with what to
 * correct. The password is taken once and never kept.
 */
@Named
@ViewScoped
public class PublicationApprovalBacking implements Serializable {
  private static final long serialVersionUID = 1L;

  private interface Call {
    RequestState run(long requestId, String ip);
  }

  @EJB private PublicationApprovals approvals;
  @EJB private StepActions steps;
  @Inject private PublicationBacking publication;
  @Inject private RequestViewBacking view;

  private String comment;
  private String password;

  public void approve() {
    char[] secret = secret();
    act((id, ip) -> approvals.approve(id, secret, comment, ip), "publication.approval.approved");
  }

  public void reject() {
    char[] secret = secret();
    act(
        (id, ip) -> steps.reject(currentStep(), secret, comment, ip),
        "request.web.action.rejected");
  }

  public void returnForCorrection() {
    act(
        (id, ip) -> steps.returnForCorrection(currentStep(), comment, ip),
        "request.web.action.returned");
  }

  private long currentStep() {
    var step = view.getCurrentStep();
    if (step == null) {
      throw new BusinessException("request.step.notFound");
    }
    return step.stepId();
  }

  private char[] secret() {
    String p = password;
    password = null;
    return p == null ? new char[0] : p.toCharArray();
  }

  private void act(Call call, String doneKey) {
    try {
      PostReading post = publication.getPost();
      if (post == null) {
        throw new BusinessException("request.notVisible");
      }
      RequestState state = call.run(post.requestId(), Callers.ip());
      Messages.infoAt(RequestViewBacking.ACTION_MESSAGES, doneKey, state.number());
      comment = null;
    } catch (BusinessException e) {
      Messages.errorAt(RequestViewBacking.ACTION_MESSAGES, e);
    } finally {
      password = null;
      publication.reload();
    }
  }

  public String getComment() {
    return comment;
  }

  public void setComment(String comment) {
    this.comment = comment;
  }

  public String getPassword() {
    return password;
  }

  public void setPassword(String password) {
    this.password = password;
  }
}
