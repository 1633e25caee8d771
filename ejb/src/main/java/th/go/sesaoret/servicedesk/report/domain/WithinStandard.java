package th.go.sesaoret.servicedesk.report.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * The share of a step's finished rounds that were within the manual's standard. A step is within
 * its standard when it finished by its due time ({@code step_instance.on_time}): the time it spent
 * paused (back with the requester for correction, or on hold for a reason outside the office's
 * hands) moved its due time on, so paused time never counts against it. Steps without a due time (a
 * booking-clock step never booked) are neither within nor over: they are left out of the share.
 */
public final class WithinStandard {
  private WithinStandard() {}

  /**
   * {@code withinStandard} of {@code timed} as a percentage with one decimal (half up); null when
   * no step was timed (no share, rather than a misleading 0% or 100%).
   */
  public static BigDecimal percent(long withinStandard, long timed) {
    if (withinStandard < 0 || timed < 0 || withinStandard > timed) {
      throw new IllegalArgumentException(withinStandard + " of " + timed);
    }
    if (timed == 0) {
      return null;
    }
    return BigDecimal.valueOf(withinStandard * 100L)
        .divide(BigDecimal.valueOf(timed), 1, RoundingMode.HALF_UP);
  }
}
