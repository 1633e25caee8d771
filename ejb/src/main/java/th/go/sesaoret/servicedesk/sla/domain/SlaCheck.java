package th.go.sesaoret.servicedesk.sla.domain;

import java.time.Duration;
import java.time.Instant;

/**
 * What the SLA monitor owes an open step at a given moment: a warning once 75% of its working time
 * has passed, an escalation once it is late (at least one office minute past due, {@link
 * BusinessCalendar#minutesLate}), each only once. A step on a booking clock is measured over its
 * booked window in clock time instead ({@link #onClock}). Pure: the timer and the tests give it the
 * calendar and the moment.
 */
public final class SlaCheck {
  /** Share of a step's working time after which its actor is warned. */
  public static final double WARNING_SHARE = 0.75;

  public enum Outcome {
    NOTHING,
    WARN,
    ESCALATE
  }

  private SlaCheck() {}

  /**
   * @param started when the step started
   * @param due its due time (already pushed by any paused time)
   * @param pausedMinutes working minutes this round spent paused, not counted as its own time
   * @param warned whether it was already warned
   * @param escalated whether it was already escalated
   */
  public static Outcome at(
      BusinessCalendar calendar,
      Instant now,
      Instant started,
      Instant due,
      long pausedMinutes,
      boolean warned,
      boolean escalated) {
    if (escalated || due == null || started == null) {
      return Outcome.NOTHING;
    }
    if (calendar.isLate(due, now)) {
      return Outcome.ESCALATE;
    }
    if (warned) {
      return Outcome.NOTHING;
    }
    long total = calendar.workingTimeBetween(started, due).toMinutes() - pausedMinutes;
    Duration left = calendar.workingTimeBetween(now, due);
    return total > 0 && left.toMinutes() <= total * (1 - WARNING_SHARE)
        ? Outcome.WARN
        : Outcome.NOTHING;
  }

  /**
   * The same for a step on a booking clock: a warning once 75% of the booked window ({@code from}
   * to {@code due}) has passed, an escalation once it is late ({@link #clockMinutesLate}), in clock
   * time (a meeting may run outside office hours).
   */
  public static Outcome onClock(
      Instant now, Instant from, Instant due, boolean warned, boolean escalated) {
    if (escalated || due == null || from == null) {
      return Outcome.NOTHING;
    }
    if (clockMinutesLate(due, now) >= 1) {
      return Outcome.ESCALATE;
    }
    if (warned) {
      return Outcome.NOTHING;
    }
    long total = Duration.between(from, due).toSeconds();
    long left = Duration.between(now, due).toSeconds();
    return total > 0 && left <= total * (1 - WARNING_SHARE) ? Outcome.WARN : Outcome.NOTHING;
  }

  /** Whole clock minutes by which {@code at} is past {@code due}; 0 when it is not. */
  public static long clockMinutesLate(Instant due, Instant at) {
    return at.isAfter(due) ? Duration.between(due, at).toMinutes() : 0;
  }
}
