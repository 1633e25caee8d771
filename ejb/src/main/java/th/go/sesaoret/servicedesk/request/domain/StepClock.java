package th.go.sesaoret.servicedesk.request.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.time.Duration;
import java.time.Instant;
import th.go.sesaoret.servicedesk.shared.BusinessException;
import th.go.sesaoret.servicedesk.sla.domain.BusinessCalendar;
import th.go.sesaoret.servicedesk.sla.domain.SlaCheck;

/**
 * A step's clock: when its round started, when it is due, when it finished and whether on time; its
 * pauses; the SLA warning and escalation it got. An office-time step is due by the business
 * calendar and paused time pushes its due time; a step on a booking clock is due at its booked due
 * time (the booked window: {@link #bookedStart()} to {@link #bookedDue()}), counted in clock time,
 * and a pause does not move the booking. A booking-clock step without a booking has no due time.
 */
@Embeddable
public class StepClock {
  @Column(name = "started_at")
  private Instant startedAt;

  @Column(name = "due_at")
  private Instant dueAt;

  @Column(name = "finished_at")
  private Instant finishedAt;

  @Column(name = "paused_at")
  private Instant pausedAt;

  @Column(name = "paused_working_minutes", nullable = false)
  private long pausedWorkingMinutes;

  @Column(name = "warned_at")
  private Instant warnedAt;

  @Column(name = "escalated_at")
  private Instant escalatedAt;

  @Column(name = "on_time")
  private Boolean onTime;

  @Column(name = "late_by_minutes")
  private Long lateByMinutes;

  /**
   * The step's own working time at its finish, in minutes: office minutes from its start, less the
   * office time it was paused (a correction, a hold); clock minutes on a booking. Kept so that the
   * compliance report's percentiles are computed by the database. Null while it runs, and for rows
   * finished before it was kept.
   */
  @Column(name = "working_minutes")
  private Long workingMinutes;

  @Column(name = "booked_start")
  private Instant bookedStart;

  @Column(name = "booked_due")
  private Instant bookedDue;

  /**
   * When the SLA may next owe this step something: its warning moment (75% of its working time),
   * then its due time, none once escalated, finished or untimed. The SLA scan reads only the steps
   * whose moment has come, by an index ({@code ix_step_sla}), never every open step.
   */
  @Column(name = "sla_next_at")
  private Instant slaNextAt;

  /**
   * Starts a round at {@code now}: its pauses are its own, and it is due at the booked due time
   * when booked, else at {@code officeDue} (null: untimed).
   */
  void start(Instant now, Instant officeDue, BusinessCalendar calendar) {
    startedAt = now;
    pausedAt = null;
    pausedWorkingMinutes = 0;
    dueAt = isBooked() ? bookedDue : officeDue;
    planSla(calendar);
  }

  /** Stops at {@code now}; on time unless at least one minute past due (office or clock). */
  void finish(Instant now, BusinessCalendar calendar) {
    workingMinutes = workingMinutesAt(now, calendar);
    finishedAt = now;
    pausedAt = null;
    slaNextAt = null;
    if (dueAt != null) {
      lateByMinutes =
          isBooked() ? SlaCheck.clockMinutesLate(dueAt, now) : calendar.minutesLate(dueAt, now);
      onTime = lateByMinutes == 0;
    }
  }

  /**
   * The working time from the start to {@code now}: clock minutes on a booking, else office minutes
   * less the office time paused (a pause still running at {@code now} too). None when not started.
   */
  private Long workingMinutesAt(Instant now, BusinessCalendar calendar) {
    if (startedAt == null || now.isBefore(startedAt)) {
      return startedAt == null ? null : 0L;
    }
    if (isBooked()) {
      return Duration.between(startedAt, now).toMinutes();
    }
    long paused =
        pausedWorkingMinutes
            + (pausedAt == null ? 0 : calendar.workingTimeBetween(pausedAt, now).toMinutes());
    return Math.max(0, calendar.workingTimeBetween(startedAt, now).toMinutes() - paused);
  }

  /** The clock stops (a correction, a hold). */
  void pause(Instant now) {
    pausedAt = now;
  }

  /** The clock runs again: an office-time due time moves by the office time paused. */
  void release(Instant now, BusinessCalendar calendar) {
    long minutes = calendar.workingTimeBetween(pausedAt, now).toMinutes();
    pausedWorkingMinutes += minutes;
    if (dueAt != null && !isBooked()) {
      dueAt = calendar.plus(dueAt, Duration.ofMinutes(minutes));
    }
    pausedAt = null;
    planSla(calendar);
  }

  /** The finish and the SLA marks are undone: the step runs again. */
  void clearFinish() {
    finishedAt = null;
    pausedAt = null;
    onTime = null;
    lateByMinutes = null;
    workingMinutes = null;
    warnedAt = null;
    escalatedAt = null;
    slaNextAt = null;
  }

  /** Back to waiting: not started, no due time (a booking is kept for the next start). */
  void reset() {
    clearFinish();
    startedAt = null;
    dueAt = null;
  }

  /**
   * Books the window {@code start} to {@code due}: a running step is due at {@code due} now, a
   * waiting one when it starts; a finished one keeps its record. Booking again re-times it.
   */
  void book(Instant start, Instant due) {
    if (start == null || due == null || !due.isAfter(start)) {
      throw new BusinessException("request.schedule.window");
    }
    bookedStart = start;
    bookedDue = due;
    if (isOpen()) {
      if (!due.equals(dueAt)) {
        // a new deadline (the meeting moved): warned and escalated afresh against it
        warnedAt = null;
        escalatedAt = null;
      }
      dueAt = due;
      planSla(null);
    }
  }

  /**
   * What the SLA owes this step at {@code now} ({@link SlaCheck}: office time, or the booked window
   * in clock time), marked as given: a warning and an escalation are each owed once.
   */
  public SlaCheck.Outcome owed(Instant now, BusinessCalendar calendar) {
    SlaCheck.Outcome outcome =
        isBooked()
            ? SlaCheck.onClock(now, bookedStart, dueAt, warnedAt != null, escalatedAt != null)
            : SlaCheck.at(
                calendar,
                now,
                startedAt,
                dueAt,
                pausedWorkingMinutes,
                warnedAt != null,
                escalatedAt != null);
    if (outcome == SlaCheck.Outcome.WARN) {
      warnedAt = now;
      slaNextAt = dueAt;
    } else if (outcome == SlaCheck.Outcome.ESCALATE) {
      escalatedAt = now;
      slaNextAt = null;
    } else if (slaNextAt != null && !slaNextAt.isAfter(now)) {
      // looked at early (a moment planned a minute ahead, or before a lunch break): plan again
      planSla(calendar);
      if (slaNextAt != null && !slaNextAt.isAfter(now)) {
        slaNextAt = now.plus(Duration.ofMinutes(1));
      }
    }
    return outcome;
  }

  /**
   * Plans {@link #slaNextAt()}: the warning moment while not yet warned, else the due time; none
   * when the step is not running or timed, or was escalated. Planned a minute early (the check
   * itself decides, {@link #owed}); a booked window in clock time, office time by {@code calendar}.
   */
  private void planSla(BusinessCalendar calendar) {
    if (!isOpen() || dueAt == null || escalatedAt != null) {
      slaNextAt = null;
    } else if (warnedAt != null) {
      slaNextAt = dueAt;
    } else if (isBooked()) {
      Instant from = bookedStart.isBefore(dueAt) ? bookedStart : dueAt;
      long seconds = Duration.between(from, dueAt).toSeconds();
      slaNextAt = from.plusSeconds(Math.round(seconds * SlaCheck.WARNING_SHARE)).minusSeconds(60);
    } else {
      Duration working = calendar.workingTimeBetween(startedAt, dueAt);
      long own = working.toMinutes() - pausedWorkingMinutes;
      long toWarning = working.toMinutes() - Math.round(own * (1 - SlaCheck.WARNING_SHARE)) - 1;
      slaNextAt =
          own <= 0 || toWarning <= 0
              ? startedAt
              : calendar.plus(startedAt, Duration.ofMinutes(toWarning));
    }
  }

  /** Started and not finished. */
  public boolean isOpen() {
    return startedAt != null && finishedAt == null;
  }

  public boolean isPaused() {
    return pausedAt != null;
  }

  /** On a booking clock with a booking: due at the booked time, counted in clock time. */
  public boolean isBooked() {
    return bookedDue != null;
  }

  public Instant startedAt() {
    return startedAt;
  }

  public Instant dueAt() {
    return dueAt;
  }

  public Instant finishedAt() {
    return finishedAt;
  }

  public Instant pausedAt() {
    return pausedAt;
  }

  /** Office minutes this round spent paused (not counted as its own time). */
  public long pausedWorkingMinutes() {
    return pausedWorkingMinutes;
  }

  /** The step's own working time at its finish ({@link #workingMinutesAt}); null while open. */
  public Long workingMinutes() {
    return workingMinutes;
  }

  public Instant warnedAt() {
    return warnedAt;
  }

  public Instant escalatedAt() {
    return escalatedAt;
  }

  public Boolean onTime() {
    return onTime;
  }

  /** Minutes past due at the finish: office minutes, or clock minutes on a booking. */
  public Long lateByMinutes() {
    return lateByMinutes;
  }

  /** When the booked window starts (e.g. set-up 30 minutes before the meeting), if booked. */
  public Instant bookedStart() {
    return bookedStart;
  }

  public Instant bookedDue() {
    return bookedDue;
  }

  /** When the SLA scan next looks at this step; null: it owes nothing more. */
  public Instant slaNextAt() {
    return slaNextAt;
  }
}
