package th.go.sesaoret.servicedesk.repair.domain;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapsId;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OneToOne;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import th.go.sesaoret.servicedesk.request.domain.Actor;
import th.go.sesaoret.servicedesk.request.domain.Approval;
import th.go.sesaoret.servicedesk.request.domain.RequestStatus;
import th.go.sesaoret.servicedesk.request.domain.ServiceRequest;
import th.go.sesaoret.servicedesk.request.domain.StepActing;
import th.go.sesaoret.servicedesk.request.domain.StepInstance;
import th.go.sesaoret.servicedesk.security.domain.Role;
import th.go.sesaoret.servicedesk.shared.BusinessException;

/**
 * A repair request's own part (service 3), the aggregate of four parts: its {@link JobIntake} (the
 * repair form, the clerk's registration), {@link JobOrder} (the approver's order), {@link JobWork}
 * (the technician's work: accepted, logged, paused for parts, resolved, reported) and {@link
 * JobConfirmation} (the requester's confirmation with a rating, or one reopening). The rules that
 * span them and the steps live here, the parts keep their own state. The steps' timing stays with
 * the request's {@link StepInstance}s; each rule here acts through {@link StepActing}, so the
 * engine's checks (current step, role, assignee, finished once) hold for repairs too.
 *
 * <p>Steps of the repair service, by key: {@link #FORM} (done by filing), {@link #INTAKE} by the
 * clerk, {@link #APPROVAL} by the ICT group director or the director, {@link #REPAIR} and {@link
 * #REPORT} by the technician. After the report the request is complete and waits {@value
 * #CONFIRM_WORKING_DAYS} working days for the requester's confirmation, then closes itself.
 */
@Entity
@Table(name = "repair_job")
public class RepairJob {
  public static final String FORM = "repair.form";
  public static final String INTAKE = "repair.intake";
  public static final String APPROVAL = "repair.order";
  public static final String REPAIR = "repair.work";
  public static final String REPORT = "repair.report";
  public static final int CONFIRM_WORKING_DAYS = 3;

  @Id
  @Column(name = "request_id")
  private Long id;

  @MapsId
  @OneToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "request_id")
  private ServiceRequest request;

  @Embedded private JobIntake intake;
  @Embedded private JobOrder ordered;
  @Embedded private JobWork work;
  @Embedded private JobConfirmation confirmation;

  @Version
  @Column(name = "opt_lock", nullable = false)
  private long optLock;

  @OneToMany(mappedBy = "job", cascade = CascadeType.PERSIST)
  @OrderBy("id")
  private List<WorkLogEntry> log = new ArrayList<>();

  protected RepairJob() {}

  /** The repair part of a freshly filed request. */
  public static RepairJob describe(ServiceRequest request, RepairForm form, Channel channel) {
    RepairJob job = new RepairJob();
    job.request = request;
    job.intake = new JobIntake(form, channel);
    job.ordered = new JobOrder();
    job.work = new JobWork();
    job.confirmation = new JobConfirmation();
    return job;
  }

  /** The requester's corrected form while the request is back with them. */
  public StepInstance correct(StepActing acting, Actor requester, RepairForm form) {
    StepInstance back = acting.resubmit(requester, form.title(), form.symptom());
    intake().write(form);
    if (back.order() <= acting.order(APPROVAL)) {
      // the order was voided with its approval: nobody works on it until the next order
      work().acceptAgain();
    }
    return back;
  }

  /** Step 2: the clerk registers the paper (เลขรับ and time); once. */
  public void register(StepActing acting, Actor clerk, Supplier<String> nextReceiptNo) {
    acting.mayAct(acting.order(INTAKE), clerk);
    intake().register(nextReceiptNo, acting.now(), clerk.username());
  }

  /**
   * Step 2 ends: the clerk forwards the registered request to the ICT group director or the
   * director.
   */
  public StepInstance forward(StepActing acting, Actor clerk, Role to, String note) {
    if (to != Role.GROUP_DIRECTOR && to != Role.DIRECTOR) {
      throw new BusinessException("repair.intake.forwardTo");
    }
    acting.mayAct(acting.order(INTAKE), clerk);
    if (!intake().isRegistered()) {
      throw new BusinessException("repair.intake.notRegistered");
    }
    StepInstance step = acting.complete(acting.order(INTAKE), clerk, note);
    intake().forwardTo(to);
    return step;
  }

  /**
   * Step 3: approved with the approver's order; the repair step goes to the named technician (or
   * stays with DLICT staff for a vendor job without one). {@code technicianIsStaff} is the caller's
   * check that the named person is active DLICT staff.
   */
  public Approval order(
      StepActing acting,
      Actor approver,
      RepairOrder order,
      boolean technicianIsStaff,
      String comment,
      String ip) {
    if (order.technician() != null && !technicianIsStaff) {
      throw new BusinessException("repair.order.notTechnician", order.technician());
    }
    Approval approval =
        acting.approveAndAssign(acting.order(APPROVAL), approver, comment, ip, order.technician());
    ordered().record(order, approver.username(), acting.now());
    // a new order starts a new acceptance: an earlier (voided) order's does not carry over
    work().acceptAgain();
    return approval;
  }

  /** Step 4: the technician takes the job (a vendor job without a named technician: any staff). */
  public void accept(StepActing acting, Actor tech) {
    StepInstance step = acting.mayAct(acting.order(REPAIR), tech);
    if (work().isAccepted()) {
      throw new BusinessException("repair.work.alreadyAccepted");
    }
    if (step.assignee() == null) {
      acting.reassign(acting.order(REPAIR), tech, tech.username());
    }
    ordered().takenBy(tech.username());
    work().accepted(acting.now());
    append(WorkLogKind.ACCEPTED, acting.now(), tech, null, null, null);
  }

  /** Step 4: what was done, the parts used, the time spent. */
  public WorkLogEntry log(
      StepActing acting, Actor tech, String workDone, String partsUsed, Integer minutesSpent) {
    requireWorking(acting, tech);
    return append(WorkLogKind.WORK, acting.now(), tech, workDone, partsUsed, minutesSpent);
  }

  /** Step 4 waits for parts: the step's clock stops until {@link #resume}. */
  public void pauseForParts(StepActing acting, Actor tech, String reason) {
    requireWorking(acting, tech);
    acting.hold(acting.order(REPAIR), tech, reason);
    append(WorkLogKind.PAUSED, acting.now(), tech, reason, null, null);
  }

  /** Step 4 goes on: due later by the working time it waited. */
  public void resume(StepActing acting, Actor tech, String note) {
    requireWorking(acting, tech);
    acting.release(acting.order(REPAIR), tech);
    append(WorkLogKind.RESUMED, acting.now(), tech, note, null, null);
  }

  /** Step 4 ends with its result; the report (step 5) goes to the same technician. */
  public StepInstance resolve(StepActing acting, Actor tech, Resolution result, String note) {
    requireWorking(acting, tech);
    String text = JobWork.resultNote(result, note);
    if (acting.request().step(REPAIR).isPaused()) {
      acting.release(acting.order(REPAIR), tech);
      append(WorkLogKind.RESUMED, acting.now(), tech, null, null, null);
    }
    StepInstance step = acting.complete(acting.order(REPAIR), tech, text, tech.username());
    work().resolved(result, text, acting.now());
    append(WorkLogKind.RESOLVED, acting.now(), tech, text, null, null);
    return step;
  }

  /**
   * Step 5: the report to the ICT group director / director; the request is complete and waits for
   * the requester's confirmation for {@value #CONFIRM_WORKING_DAYS} working days.
   */
  public StepInstance report(StepActing acting, Actor tech, String text) {
    String report = JobWork.reportText(text);
    StepInstance step = acting.complete(acting.order(REPORT), tech, null);
    work().reported(report, acting.now());
    Instant closeDueAt = acting.calendar().plusWorkingDays(acting.now(), CONFIRM_WORKING_DAYS);
    confirmation().await(closeDueAt);
    append(WorkLogKind.REPORTED, acting.now(), tech, report, null, null);
    return step;
  }

  /** The requester confirms the result and rates the service (1-5, comment optional). */
  public void confirm(Actor requester, int stars, String comment, Instant now) {
    requireRequester(requester);
    confirmation().confirm(stars, comment, now);
  }

  /** The requester is not satisfied: the repair step runs again (once), with the reason. */
  public StepInstance reopen(StepActing acting, Actor requester, String reason) {
    requireRequester(requester);
    String why = confirmation().checkReopen(reason);
    StepInstance step = acting.reopenCompleted(requester, acting.order(REPAIR));
    confirmation().reopened(why);
    work().reopened();
    append(WorkLogKind.REOPENED, acting.now(), requester, why, null, null);
    return step;
  }

  private void requireRequester(Actor who) {
    if (!request.isRequester(who.username())) {
      throw new BusinessException("request.notRequester");
    }
  }

  /** The repair step runs, was accepted, and {@code tech} holds it (held steps may be logged). */
  private void requireWorking(StepActing acting, Actor tech) {
    ServiceRequest r = acting.request();
    StepInstance current = r.currentStep().orElse(null);
    if (r.status() != RequestStatus.OPEN || current == null || !current.key().equals(REPAIR)) {
      throw new BusinessException("repair.work.notRunning", r.number());
    }
    if (!tech.username().equals(current.assignee())) {
      throw new BusinessException("repair.work.notYours", r.number());
    }
    if (!work().isAccepted()) {
      throw new BusinessException("repair.work.notAccepted");
    }
  }

  private WorkLogEntry append(
      WorkLogKind what, Instant at, Actor by, String text, String parts, Integer minutes) {
    WorkLogEntry e = new WorkLogEntry(this, what, at, by.username(), text, parts, minutes);
    log.add(e);
    return e;
  }

  public Long id() {
    return id;
  }

  public ServiceRequest request() {
    return request;
  }

  // a part whose columns are all null loads as null: it is an empty part, not a missing one

  public JobIntake intake() {
    return intake;
  }

  public JobOrder ordered() {
    if (ordered == null) {
      ordered = new JobOrder();
    }
    return ordered;
  }

  public JobWork work() {
    if (work == null) {
      work = new JobWork();
    }
    return work;
  }

  public JobConfirmation confirmation() {
    if (confirmation == null) {
      confirmation = new JobConfirmation();
    }
    return confirmation;
  }

  public List<WorkLogEntry> log() {
    return List.copyOf(log);
  }
}
