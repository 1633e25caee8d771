package th.go.sesaoret.servicedesk.request.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import th.go.sesaoret.servicedesk.catalog.domain.StepDefinition;
import th.go.sesaoret.servicedesk.catalog.domain.TimeBasis;
import th.go.sesaoret.servicedesk.security.domain.Role;
import th.go.sesaoret.servicedesk.shared.BusinessException;
import th.go.sesaoret.servicedesk.sla.domain.BusinessCalendar;

/**
 * One step of one request: waiting (not started), open (started, not finished), possibly paused
 * while the requester corrects the request, then finished once with an outcome. Its timing is its
 * {@link StepClock}: office-time steps are due by the business calendar; booking-clock steps (video
 * conference) are due at the time a service booked for them ({@link #schedule}), and have no due
 * time without a booking. {@code round} counts activations: a resubmission after correction starts
 * round 2 of the same step.
 */
@Entity
@Table(name = "step_instance")
public class StepInstance {
  /** The longest comment, reason or note a step keeps (its column's length). */
  public static final int COMMENT_MAX = 2000;

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "request_id")
  private ServiceRequest request;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "definition_id")
  private StepDefinition definition;

  @Column(name = "step_order", nullable = false, updatable = false)
  private int stepOrder;

  @Enumerated(EnumType.STRING)
  @Column(name = "acting_role", nullable = false, updatable = false, length = 40)
  private Role actingRole;

  @Column(length = 60)
  private String assignee;

  @Column(name = "round_no", nullable = false)
  private int round = 1;

  @Enumerated(EnumType.STRING)
  @Column(length = 20)
  private StepOutcome outcome;

  @Column(length = 60)
  private String actor;

  @Column(name = "step_comment", length = COMMENT_MAX)
  private String comment;

  @Embedded private StepClock clock = new StepClock();

  /** How many times this step sent its request back for correction, over all its rounds. */
  @Column(name = "returned_times", nullable = false)
  private int returnedTimes;

  @Version
  @Column(name = "opt_lock", nullable = false)
  private long optLock;

  protected StepInstance() {}

  StepInstance(ServiceRequest request, StepDefinition definition) {
    this.request = request;
    this.definition = definition;
    this.stepOrder = definition.order();
    this.actingRole = definition.actingRole();
  }

  /** Starts a round: its clock and its pauses are its own (an earlier round's do not count). */
  void start(Instant now, BusinessCalendar calendar) {
    clock.start(
        now,
        definition.timeBasis() == TimeBasis.OFFICE_TIME
            ? calendar.due(now, definition.standard())
            : null,
        calendar);
  }

  /**
   * Ends the step. Late means at least one office minute past the due time ({@link
   * BusinessCalendar#minutesLate}): a step due at 12:00 and finished at 12:30 (lunch) is on time. A
   * booked step is late by clock time.
   */
  void finish(StepOutcome how, String by, String note, Instant now, BusinessCalendar calendar) {
    if (clock.finishedAt() != null) {
      throw new BusinessException("request.step.alreadyFinished", stepOrder);
    }
    String kept = note(note);
    clock.finish(now, calendar);
    outcome = how;
    actor = by;
    comment = kept;
  }

  /** Refuses an actor who may not act here: wrong role, or not the assignee. */
  void checkMayAct(Actor who, String requester) {
    if (!mayAct(who, requester)) {
      throw new BusinessException("request.step.notYours", stepOrder);
    }
  }

  /**
   * True when {@code who} may act on this step: the requester on a requester's step; the assignee
   * of an assigned step (or the director on a deputy / group director step); else whoever holds the
   * step's role, by their own role or as an acting official (รักษาราชการแทน).
   */
  boolean mayAct(Actor who, String requester) {
    if (actingRole == Role.REQUESTER) {
      return who.username().equals(requester);
    }
    if (assignee != null) {
      return assignee.equals(who.username())
          || (Actor.isDirectorsToo(actingRole) && who.holds(Role.DIRECTOR));
    }
    return who.mayActAs(actingRole);
  }

  /** Back to the requester for correction: the clock stops, and the step shows what to fix. */
  void pause(Instant now, String whatToCorrect) {
    String kept = note(whatToCorrect);
    clock.pause(now);
    comment = kept;
    returnedTimes++;
  }

  /** The corrected request is back: the next round, due later by the working time paused. */
  void resume(Instant now, BusinessCalendar calendar) {
    release(now, calendar);
    round++;
  }

  /**
   * Work stops for a reason outside the office's hands (e.g. waiting for parts): the clock stops.
   */
  void hold(Instant now) {
    clock.pause(now);
  }

  /** Work goes on after a hold: due later by the working time the step was held. */
  void release(Instant now, BusinessCalendar calendar) {
    clock.release(now, calendar);
  }

  /** Runs again from now, as a new round (its earlier approval was voided). */
  void reopen(Instant now, BusinessCalendar calendar) {
    clearFinish();
    round++;
    start(now, calendar);
  }

  /** Runs again from now as a new round, showing {@code whatToDo} (why it was sent back). */
  void reopen(Instant now, BusinessCalendar calendar, String whatToDo) {
    String kept = note(whatToDo);
    reopen(now, calendar);
    comment = kept;
  }

  /** Back to waiting: an earlier step runs again first; its next start is a new round. */
  void reset() {
    clearFinish();
    round++;
    clock.reset();
  }

  private void clearFinish() {
    outcome = null;
    actor = null;
    comment = null;
    clock.clearFinish();
  }

  /**
   * A service's booking for this step (on a booking clock only): due at {@code due}, its window
   * from {@code start}. A running step is re-timed now, a waiting one when it starts, a finished
   * one keeps its record.
   */
  public void schedule(Instant start, Instant due) {
    if (definition.timeBasis() != TimeBasis.BOOKING_CLOCK) {
      throw new BusinessException("request.schedule.officeTime", key());
    }
    clock.book(start, due);
  }

  void assign(String username) {
    if (username == null || username.isBlank()) {
      throw new BusinessException("request.assignee.required");
    }
    assignee = username.strip();
  }

  /**
   * A comment or reason as the step keeps it: stripped, blank as none, refused (never cut) when
   * longer than {@link #COMMENT_MAX}.
   */
  static String note(String text) {
    String kept = blankToNull(text);
    if (kept != null && kept.length() > COMMENT_MAX) {
      throw new BusinessException("request.comment.tooLong", COMMENT_MAX);
    }
    return kept;
  }

  static String blankToNull(String text) {
    return text == null || text.isBlank() ? null : text.strip();
  }

  public boolean isOpen() {
    return clock.isOpen();
  }

  public boolean isPaused() {
    return clock.isPaused();
  }

  public boolean isApproval() {
    return Actor.isApprovalRole(actingRole);
  }

  public Long id() {
    return id;
  }

  public ServiceRequest request() {
    return request;
  }

  public StepDefinition definition() {
    return definition;
  }

  public int order() {
    return stepOrder;
  }

  /**
   * The step's stable key in its service (e.g. {@code publication.draft}), as the catalog has it.
   */
  public String key() {
    return definition.key();
  }

  public Role actingRole() {
    return actingRole;
  }

  public String assignee() {
    return assignee;
  }

  public int round() {
    return round;
  }

  /** The step's timing: started, due, finished, pauses, SLA marks, on time or late, booking. */
  public StepClock clock() {
    return clock;
  }

  public Instant startedAt() {
    return clock.startedAt();
  }

  public Instant dueAt() {
    return clock.dueAt();
  }

  public Instant finishedAt() {
    return clock.finishedAt();
  }

  public StepOutcome outcome() {
    return outcome;
  }

  public String actor() {
    return actor;
  }

  public String comment() {
    return comment;
  }

  public Boolean onTime() {
    return clock.onTime();
  }

  /** The times this step returned its request for correction (every round counted). */
  public int returnedTimes() {
    return returnedTimes;
  }

  public Long lateByMinutes() {
    return clock.lateByMinutes();
  }
}
