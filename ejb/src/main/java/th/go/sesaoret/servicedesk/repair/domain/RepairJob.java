package th.go.sesaoret.servicedesk.repair.domain;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
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
 * A repair request's own part (service 3): the repair form, the clerk's registration, the
 * approver's order, the technician's work (accepted, logged, paused for parts, resolved) and
 * report, and the requester's confirmation with a rating, or one reopening. The steps' timing stays
 * with the request's {@link StepInstance}s; each rule here acts through {@link StepActing}, so the
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
  public static final int REPORT_MAX = 4000;
  public static final int NOTE_MAX = 2000;
  public static final int COMMENT_MAX = 1000;
  public static final int MAX_REOPENS = 1;

  @Id
  @Column(name = "request_id")
  private Long id;

  @MapsId
  @OneToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "request_id")
  private ServiceRequest request;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 20)
  private RepairKind kind;

  @Enumerated(EnumType.STRING)
  @Column(name = "equipment_type", nullable = false, length = 30)
  private EquipmentType equipmentType;

  @Column(name = "asset_no", length = RepairForm.ASSET_MAX)
  private String assetNumber;

  @Column(name = "serial_no", length = RepairForm.SERIAL_MAX)
  private String serialNumber;

  @Column(nullable = false, length = RepairForm.PLACE_MAX)
  private String building;

  @Column(nullable = false, length = RepairForm.PLACE_MAX)
  private String room;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 20)
  private Urgency urgency;

  @Column(name = "contact_phone", nullable = false, length = 20)
  private String contactPhone;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 20, updatable = false)
  private Channel channel;

  @Column(name = "receipt_no", length = 20)
  private String receiptNumber;

  @Column(name = "received_at")
  private Instant receivedAt;

  @Column(name = "received_by", length = 60)
  private String receivedBy;

  @Enumerated(EnumType.STRING)
  @Column(name = "forwarded_to", length = 40)
  private Role forwardedTo;

  @Column(length = 60)
  private String technician;

  @Column(length = RepairOrder.VENDOR_MAX)
  private String vendor;

  @Column(name = "ordered_by", length = 60)
  private String orderedBy;

  @Column(name = "ordered_at")
  private Instant orderedAt;

  @Column(name = "accepted_at")
  private Instant acceptedAt;

  @Enumerated(EnumType.STRING)
  @Column(length = 30)
  private Resolution resolution;

  @Column(name = "resolution_note", length = NOTE_MAX)
  private String resolutionNote;

  @Column(name = "resolved_at")
  private Instant resolvedAt;

  @Column(length = REPORT_MAX)
  private String report;

  @Column(name = "reported_at")
  private Instant reportedAt;

  @Column(name = "close_due_at")
  private Instant closeDueAt;

  @Enumerated(EnumType.STRING)
  @Column(length = 20)
  private Confirmation confirmation;

  private Integer rating;

  @Column(name = "rating_comment", length = COMMENT_MAX)
  private String ratingComment;

  @Column(name = "closed_at")
  private Instant closedAt;

  @Column(name = "reopen_count", nullable = false)
  private int reopenCount;

  @Column(name = "reopen_reason", length = COMMENT_MAX)
  private String reopenReason;

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
    job.channel = channel;
    job.write(form);
    return job;
  }

  private void write(RepairForm form) {
    kind = form.kind();
    equipmentType = form.equipmentType();
    assetNumber = form.assetNumber();
    serialNumber = form.serialNumber();
    building = form.building();
    room = form.room();
    urgency = form.urgency();
    contactPhone = form.contactPhone();
  }

  /** The requester's corrected form while the request is back with them. */
  public StepInstance correct(StepActing acting, Actor requester, RepairForm form) {
    StepInstance back = acting.resubmit(requester, form.title(), form.symptom());
    write(form);
    if (back.order() <= acting.order(APPROVAL)) {
      // the order was voided with its approval: nobody works on it until the next order
      acceptedAt = null;
    }
    return back;
  }

  /** Step 2: the clerk registers the paper (เลขรับ and time); once. */
  public void register(StepActing acting, Actor clerk, Supplier<String> nextReceiptNo) {
    acting.mayAct(acting.order(INTAKE), clerk);
    if (receiptNumber != null) {
      throw new BusinessException("repair.intake.alreadyRegistered", receiptNumber);
    }
    receiptNumber = nextReceiptNo.get();
    receivedAt = acting.now();
    receivedBy = clerk.username();
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
    if (receiptNumber == null) {
      throw new BusinessException("repair.intake.notRegistered");
    }
    StepInstance step = acting.complete(acting.order(INTAKE), clerk, note);
    forwardedTo = to;
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
    technician = order.technician();
    vendor = order.vendor();
    orderedBy = approver.username();
    orderedAt = acting.now();
    // a new order starts a new acceptance: an earlier (voided) order's does not carry over
    acceptedAt = null;
    return approval;
  }

  /** Step 4: the technician takes the job (a vendor job without a named technician: any staff). */
  public void accept(StepActing acting, Actor tech) {
    StepInstance step = acting.mayAct(acting.order(REPAIR), tech);
    if (acceptedAt != null) {
      throw new BusinessException("repair.work.alreadyAccepted");
    }
    if (step.assignee() == null) {
      acting.reassign(acting.order(REPAIR), tech, tech.username());
    }
    technician = tech.username();
    acceptedAt = acting.now();
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
    if (result == null) {
      throw new BusinessException("repair.resolution.required");
    }
    String text = note == null || note.isBlank() ? null : note.strip();
    if ((result == Resolution.CANNOT_FIX || result == Resolution.SENT_OUT) && text == null) {
      throw new BusinessException("repair.resolution.noteRequired");
    }
    if (text != null && text.length() > NOTE_MAX) {
      throw new BusinessException("repair.resolution.noteTooLong", NOTE_MAX);
    }
    if (acting.request().step(REPAIR).isPaused()) {
      acting.release(acting.order(REPAIR), tech);
      append(WorkLogKind.RESUMED, acting.now(), tech, null, null, null);
    }
    StepInstance step = acting.complete(acting.order(REPAIR), tech, text, tech.username());
    resolution = result;
    resolutionNote = text;
    resolvedAt = acting.now();
    append(WorkLogKind.RESOLVED, acting.now(), tech, text, null, null);
    return step;
  }

  /**
   * Step 5: the report to the ICT group director / director; the request is complete and waits for
   * the requester's confirmation for {@value #CONFIRM_WORKING_DAYS} working days.
   */
  public StepInstance report(StepActing acting, Actor tech, String text) {
    if (text == null || text.isBlank()) {
      throw new BusinessException("repair.report.required");
    }
    if (text.strip().length() > REPORT_MAX) {
      throw new BusinessException("repair.report.tooLong", REPORT_MAX);
    }
    StepInstance step = acting.complete(acting.order(REPORT), tech, null);
    report = text.strip();
    reportedAt = acting.now();
    closeDueAt = acting.calendar().plusWorkingDays(acting.now(), CONFIRM_WORKING_DAYS);
    confirmation = Confirmation.PENDING;
    append(WorkLogKind.REPORTED, acting.now(), tech, report, null, null);
    return step;
  }

  /** The requester confirms the result and rates the service (1-5, comment optional). */
  public void confirm(Actor requester, int stars, String comment, Instant now) {
    requireAwaitingRequester(requester);
    if (stars < 1 || stars > 5) {
      throw new BusinessException("repair.rating.invalid");
    }
    String text = comment == null || comment.isBlank() ? null : comment.strip();
    if (text != null && text.length() > COMMENT_MAX) {
      throw new BusinessException("repair.rating.commentTooLong", COMMENT_MAX);
    }
    rating = stars;
    ratingComment = text;
    confirmation = Confirmation.CONFIRMED;
    closedAt = now;
  }

  /** The requester is not satisfied: the repair step runs again (once), with the reason. */
  public StepInstance reopen(StepActing acting, Actor requester, String reason) {
    requireAwaitingRequester(requester);
    if (reopenCount >= MAX_REOPENS) {
      throw new BusinessException("repair.reopen.onlyOnce");
    }
    if (reason == null || reason.isBlank()) {
      throw new BusinessException("repair.reopen.reasonRequired");
    }
    if (reason.strip().length() > COMMENT_MAX) {
      throw new BusinessException("repair.reopen.reasonTooLong", COMMENT_MAX);
    }
    StepInstance step = acting.reopenCompleted(requester, acting.order(REPAIR));
    reopenCount++;
    reopenReason = reason.strip();
    confirmation = null;
    closeDueAt = null;
    resolution = null;
    resolutionNote = null;
    resolvedAt = null;
    append(WorkLogKind.REOPENED, acting.now(), requester, reopenReason, null, null);
    return step;
  }

  /** Closes an unconfirmed job whose confirmation time has run out; true if it closed now. */
  public boolean closeIfUnconfirmed(Instant now) {
    if (confirmation != Confirmation.PENDING || now.isBefore(closeDueAt)) {
      return false;
    }
    confirmation = Confirmation.AUTO_CLOSED;
    closedAt = now;
    return true;
  }

  /** True while the requester may confirm or reopen. */
  public boolean awaitsConfirmation() {
    return confirmation == Confirmation.PENDING;
  }

  public boolean mayReopen() {
    return awaitsConfirmation() && reopenCount < MAX_REOPENS;
  }

  private void requireAwaitingRequester(Actor who) {
    if (!request.isRequester(who.username())) {
      throw new BusinessException("request.notRequester");
    }
    if (confirmation != Confirmation.PENDING) {
      throw new BusinessException("repair.confirm.notAwaiting");
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
    if (acceptedAt == null) {
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

  public RepairKind kind() {
    return kind;
  }

  public EquipmentType equipmentType() {
    return equipmentType;
  }

  public String assetNumber() {
    return assetNumber;
  }

  public String serialNumber() {
    return serialNumber;
  }

  public String building() {
    return building;
  }

  public String room() {
    return room;
  }

  public Urgency urgency() {
    return urgency;
  }

  public String contactPhone() {
    return contactPhone;
  }

  public Channel channel() {
    return channel;
  }

  public String receiptNumber() {
    return receiptNumber;
  }

  public Instant receivedAt() {
    return receivedAt;
  }

  public String receivedBy() {
    return receivedBy;
  }

  public Role forwardedTo() {
    return forwardedTo;
  }

  public String technician() {
    return technician;
  }

  public String vendor() {
    return vendor;
  }

  public String orderedBy() {
    return orderedBy;
  }

  public Instant orderedAt() {
    return orderedAt;
  }

  public Instant acceptedAt() {
    return acceptedAt;
  }

  public Resolution resolution() {
    return resolution;
  }

  public String resolutionNote() {
    return resolutionNote;
  }

  public Instant resolvedAt() {
    return resolvedAt;
  }

  public String report() {
    return report;
  }

  public Instant reportedAt() {
    return reportedAt;
  }

  public Instant closeDueAt() {
    return closeDueAt;
  }

  public Confirmation confirmation() {
    return confirmation;
  }

  public Integer rating() {
    return rating;
  }

  public String ratingComment() {
    return ratingComment;
  }

  public Instant closedAt() {
    return closedAt;
  }

  public int reopenCount() {
    return reopenCount;
  }

  public String reopenReason() {
    return reopenReason;
  }

  public List<WorkLogEntry> log() {
    return List.copyOf(log);
  }
}
