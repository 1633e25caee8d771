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

  @EJB private RepairIntake intakes;
  @EJB private RepairOrders orders;
  @EJB private RepairWork work;
  @EJB private RepairConfirmation confirmation;
  @EJB private StepActions steps;
  @Inject private RepairBacking repair;
  @Inject private RequestViewBacking view;

  private RepairInputs.Intake intake = new RepairInputs.Intake();
  private RepairInputs.Order order = new RepairInputs.Order();
  private RepairInputs.WorkLog workLog = new RepairInputs.WorkLog();
  private RepairInputs.Pause pause = new RepairInputs.Pause();
  private RepairInputs.Result result = new RepairInputs.Result();
  private RepairInputs.Report report = new RepairInputs.Report();
  private RepairInputs.GiveBack giveBack = new RepairInputs.GiveBack();
  private RepairInputs.Confirm confirm = new RepairInputs.Confirm();
  private RepairInputs.Reopen reopen = new RepairInputs.Reopen();

  public void register() {
    act(intakes::register, "repair.web.registered");
  }

  public void forward() {
    act(
        (id, ip) -> intakes.forward(id, intake.getTo(), intake.getNote(), ip),
        "repair.web.forwarded");
  }

  public void order() {
    char[] secret = secret();
    act(
        (id, ip) ->
            orders.approve(
                id,
                secret,
                new RepairOrder(order.getTechnician(), order.getVendor()),
                order.getNote(),
                ip),
        "repair.web.ordered");
  }

  /** The engine's signed rejection at the repair's approval step, from the same panel. */
  public void reject() {
    char[] secret = secret();
    onStep(
        (step, ip) -> steps.reject(step, secret, order.getNote(), ip),
        "request.web.action.rejected");
  }

  /** The password typed, taken once: it is never kept nor shown again. */
  private char[] secret() {
    String password = order.getPassword();
    order.setPassword(null);
    return password == null ? new char[0] : password.toCharArray();
  }

  /**
   * The engine's return for correction, from the repair's own panel of the step, with the note of
   * that panel's form.
   */
  public void returnForCorrection(String note) {
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
    act(
        (id, ip) ->
            work.log(id, workLog.getWorkDone(), workLog.getPartsUsed(), workLog.getMinutes(), ip),
        "repair.web.logged");
  }

  public void pause() {
    act((id, ip) -> work.pauseForParts(id, pause.getReason(), ip), "repair.web.paused");
  }

  public void resume() {
    act((id, ip) -> work.resume(id, pause.getNote(), ip), "repair.web.resumed");
  }

  public void resolve() {
    act(
        (id, ip) -> work.resolve(id, result.getResolution(), result.getNote(), ip),
        "repair.web.resolved");
  }

  public void sendReport() {
    act((id, ip) -> work.report(id, report.getText(), ip), "repair.web.reported");
  }

  public void confirm() {
    Integer stars = confirm.getRating();
    act(
        (id, ip) -> confirmation.confirm(id, stars == null ? 0 : stars, confirm.getComment(), ip),
        "repair.web.confirmed");
  }

  public void reopen() {
    act((id, ip) -> confirmation.reopen(id, reopen.getReason(), ip), "repair.web.reopened");
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
      order.setPassword(null);
      repair.reload();
    }
  }

  private void clear() {
    intake = new RepairInputs.Intake();
    order = new RepairInputs.Order();
    workLog = new RepairInputs.WorkLog();
    pause = new RepairInputs.Pause();
    result = new RepairInputs.Result();
    report = new RepairInputs.Report();
    giveBack = new RepairInputs.GiveBack();
    confirm = new RepairInputs.Confirm();
    reopen = new RepairInputs.Reopen();
  }

  public Role[] getForwardRoles() {
    return new Role[] {Role.GROUP_DIRECTOR, Role.DIRECTOR};
  }

  public Resolution[] getResolutions() {
    return Resolution.values();
  }

  public RepairInputs.Intake getIntakeForm() {
    return intake;
  }

  public RepairInputs.Order getOrderForm() {
    return order;
  }

  public RepairInputs.WorkLog getWorkForm() {
    return workLog;
  }

  public RepairInputs.Pause getPauseForm() {
    return pause;
  }

  public RepairInputs.Result getResultForm() {
    return result;
  }

  public RepairInputs.Report getReportForm() {
    return report;
  }

  public RepairInputs.GiveBack getReturnForm() {
    return giveBack;
  }

  public RepairInputs.Confirm getConfirmForm() {
    return confirm;
  }

  public RepairInputs.Reopen getReopenForm() {
    return reopen;
  }
}
