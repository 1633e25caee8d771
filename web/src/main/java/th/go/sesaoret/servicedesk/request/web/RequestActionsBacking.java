package th.go.sesaoret.servicedesk.request.web;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import th.go.sesaoret.servicedesk.request.application.RequestState;
import th.go.sesaoret.servicedesk.request.application.StepActions;
import th.go.sesaoret.servicedesk.shared.BusinessException;
import th.go.sesaoret.servicedesk.shared.web.Callers;
import th.go.sesaoret.servicedesk.shared.web.Messages;

/**
 * The action panel of a request's page: approve / reject / return with the password entered again
 * (the directors' approval screen), complete, correct and resubmit, cancel. One service call per
 * action; afterwards the page shows the request as it is now, and the outcome next to the action.
 */
@Named
@ViewScoped
public class RequestActionsBacking implements Serializable {
  private static final long serialVersionUID = 1L;

  /** One call on the step actions service. */
  private interface Call {
    RequestState run(String ip);
  }

  @EJB private StepActions actions;
  @Inject private RequestViewBacking view;

  private String comment;
  private String password;
  private String title;
  private String description;
  private String cancelReason;

  public void approve() {
    char[] secret = secret();
    act(ip -> actions.approve(stepId(), secret, comment, ip), "request.web.action.approved");
  }

  public void reject() {
    char[] secret = secret();
    act(ip -> actions.reject(stepId(), secret, comment, ip), "request.web.action.rejected");
  }

  public void returnForCorrection() {
    act(ip -> actions.returnForCorrection(stepId(), comment, ip), "request.web.action.returned");
  }

  public void complete() {
    act(ip -> actions.complete(stepId(), comment, ip), "request.web.action.completed");
  }

  public void resubmit() {
    act(ip -> actions.resubmit(requestId(), title, description, ip), "request.web.resubmitted");
  }

  public void cancel() {
    act(ip -> actions.cancel(requestId(), cancelReason, ip), "request.web.cancelled");
  }

  private void act(Call call, String doneKey) {
    try {
      RequestState state = call.run(Callers.ip());
      Messages.infoAt(RequestViewBacking.ACTION_MESSAGES, doneKey, state.number());
      comment = null;
      cancelReason = null;
      title = null;
      description = null;
    } catch (BusinessException e) {
      Messages.errorAt(RequestViewBacking.ACTION_MESSAGES, e);
    } finally {
      password = null;
      view.reload();
    }
  }

  private char[] secret() {
    char[] secret = password == null ? new char[0] : password.toCharArray();
    password = null;
    return secret;
  }

  private long stepId() {
    var step = view.getCurrentStep();
    if (step == null) {
      throw new BusinessException("request.step.notFound");
    }
    return step.stepId();
  }

  private long requestId() {
    return view.getDetail().id();
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

  /** The title to correct; starts as the request's own. */
  public String getTitle() {
    if (title == null && view.getDetail() != null) {
      title = view.getDetail().title();
    }
    return title;
  }

  public void setTitle(String title) {
    this.title = title;
  }

  public String getDescription() {
    if (description == null && view.getDetail() != null) {
      description = view.getDetail().description();
    }
    return description;
  }

  public void setDescription(String description) {
    this.description = description;
  }

  public String getCancelReason() {
    return cancelReason;
  }

  public void setCancelReason(String cancelReason) {
    this.cancelReason = cancelReason;
  }
}
