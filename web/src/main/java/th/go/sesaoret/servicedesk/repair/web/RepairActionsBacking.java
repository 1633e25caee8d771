package th.go.sesaoret.servicedesk.repair.web;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import th.go.sesaoret.servicedesk.repair.application.RepairConfirmation;
import th.go.sesaoret.servicedesk.repair.application.RepairIntake;
import th.go.sesaoret.servicedesk.repair.application.RepairOrders;
import th.go.sesaoret.servicedesk.repair.application.RepairWork;
import th.go.sesaoret.servicedesk.repair.domain.RepairOrder;
import th.go.sesaoret.servicedesk.repair.domain.Resolution;
import th.go.sesaoret.servicedesk.request.application.RequestState;
import th.go.sesaoret.servicedesk.request.application.StepActions;
import th.go.sesaoret.servicedesk.request.web.RequestViewBacking;
import th.go.sesaoret.servicedesk.security.domain.Role;
import th.go.sesaoret.servicedesk.shared.BusinessException;
import th.go.sesaoret.servicedesk.shared.web.Callers;
import th.go.sesaoret.servicedesk.shared.web.Messages;

/**
 * The repair panel's actions: register and forward (clerk), order with the password entered again
 * (group director / director), accept, log, pause, resume, resolve and report (technician), confirm
 * or reopen (requester), and the engine's return for correction and signed rejection from the same
 * panel of the step. One service call each; afterwards the page shows the repair as it is now, and
 * the outcome next to the panel.
 */
@Named
@ViewScoped
public class RepairActionsBacking implements Serializable {
  private static final long serialVersionUID = 1L;

  /** One call on a repair service. */
  private interface Call {
    RequestState run(long requestId, String ip);
  }

  @EJB private RepairIntake intake;
  @EJB private RepairOrders orders;
  @EJB private RepairWork work;
  @EJB private RepairConfirmation confirmation;
  @EJB private StepActions steps;
  @Inject private RepairBacking repair;
  @Inject private RequestViewBacking view;

  private Role forwardTo = Role.GROUP_DIRECTOR;
  private String note;
  private String technician;
  private String vendor;
  private String password;
  private String workDone;
  private String partsUsed;
  private Integer minutes;
  private String reason;
  private Resolution resolution;
  private String report;
  private Integer rating;
  private String comment;

  public void register() {
    act(intake::register, "repair.web.registered");
  }

  public void forward() {
    act((id, ip) -> intake.forward(id, forwardTo, note, ip), "repair.web.forwarded");
  }

  public void order() {
    char[] secret = password == null ? new char[0] : password.toCharArray();
    password = null;
    act(
        (id, ip) -> orders.approve(id, secret, new RepairOrder(technician, vendor), note, ip),
        "repair.web.ordered");
  }

  /** The engine's signed rejection at the repair's approval step, from the same panel. */
  public void reject() {
    char[] secret = password == null ? new char[0] : password.toCharArray();
    password = null;
    onStep((step, ip) -> steps.reject(step, secret, note, ip), "request.web.action.rejected");
  }

  /** The engine's return for correction, from the repair's own panel of the step. */
  public void returnForCorrection() {
    onStep((step, ip) -> steps.returnForCorrection(step, note, ip), "request.web.action.returned");
  }

  private void onStep(Call call, String doneKey) {
    act(
        (id, ip) -> {
          var step = view.getCurrentStep();
          if (step == null) {
            throw new BusinessException("request.step.notFound");
          }
          return call.run(step.stepId(), ip);
        },
        doneKey);
  }

  public void accept() {
    act(work::accept, "repair.web.accepted");
  }

  public void log() {
    act((id, ip) -> work.log(id, workDone, partsUsed, minutes, ip), "repair.web.logged");
  }

  public void pause() {
    act((id, ip) -> work.pauseForParts(id, reason, ip), "repair.web.paused");
  }

  public void resume() {
    act((id, ip) -> work.resume(id, note, ip), "repair.web.resumed");
  }

  public void resolve() {
    act((id, ip) -> work.resolve(id, resolution, note, ip), "repair.web.resolved");
  }

  public void sendReport() {
    act((id, ip) -> work.report(id, report, ip), "repair.web.reported");
  }

  public void confirm() {
    act(
        (id, ip) -> confirmation.confirm(id, rating == null ? 0 : rating, comment, ip),
        "repair.web.confirmed");
  }

  public void reopen() {
    act((id, ip) -> confirmation.reopen(id, reason, ip), "repair.web.reopened");
  }

  private void act(Call call, String doneKey) {
    try {
      var job = repair.getJob();
      if (job == null) {
        throw new BusinessException("request.notVisible");
      }
      RequestState state = call.run(job.requestId(), Callers.ip());
      Messages.infoAt(RequestViewBacking.ACTION_MESSAGES, doneKey, state.number());
      clear();
    } catch (BusinessException e) {
      Messages.errorAt(RequestViewBacking.ACTION_MESSAGES, e);
    } finally {
      password = null;
      repair.reload();
    }
  }

  private void clear() {
    note = null;
    technician = null;
    vendor = null;
    workDone = null;
    partsUsed = null;
    minutes = null;
    reason = null;
    resolution = null;
    report = null;
    rating = null;
    comment = null;
  }

  public Role[] getForwardRoles() {
    return new Role[] {Role.GROUP_DIRECTOR, Role.DIRECTOR};
  }

  public Resolution[] getResolutions() {
    return Resolution.values();
  }

  public Role getForwardTo() {
    return forwardTo;
  }

  public void setForwardTo(Role forwardTo) {
    this.forwardTo = forwardTo;
  }

  public String getNote() {
    return note;
  }

  public void setNote(String note) {
    this.note = note;
  }

  public String getTechnician() {
    return technician;
  }

  public void setTechnician(String technician) {
    this.technician = technician;
  }

  public String getVendor() {
    return vendor;
  }

  public void setVendor(String vendor) {
    this.vendor = vendor;
  }

  public String getPassword() {
    return password;
  }

  public void setPassword(String password) {
    this.password = password;
  }

  public String getWorkDone() {
    return workDone;
  }

  public void setWorkDone(String workDone) {
    this.workDone = workDone;
  }

  public String getPartsUsed() {
    return partsUsed;
  }

  public void setPartsUsed(String partsUsed) {
    this.partsUsed = partsUsed;
  }

  public Integer getMinutes() {
    return minutes;
  }

  public void setMinutes(Integer minutes) {
    this.minutes = minutes;
  }

  public String getReason() {
    return reason;
  }

  public void setReason(String reason) {
    this.reason = reason;
  }

  public Resolution getResolution() {
    return resolution;
  }

  public void setResolution(Resolution resolution) {
    this.resolution = resolution;
  }

  public String getReport() {
    return report;
  }

  public void setReport(String report) {
    this.report = report;
  }

  public Integer getRating() {
    return rating;
  }

  public void setRating(Integer rating) {
    this.rating = rating;
  }

  public String getComment() {
    return comment;
  }

  public void setComment(String comment) {
    this.comment = comment;
  }
}
