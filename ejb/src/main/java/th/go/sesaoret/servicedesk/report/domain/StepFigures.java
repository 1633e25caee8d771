package th.go.sesaoret.servicedesk.report.domain;

import java.io.Serial;
import java.io.Serializable;
import java.math.BigDecimal;

/**
 * What the database counted for one step of one service in a period (its steps finished then,
 * cancellations left out): how many, how many had a due time and how many of those finished by it,
 * the median and 90th percentile of their own working time in minutes (over the {@code measured}
 * ones that kept it), their returns for correction, rejections, and the office minutes they spent
 * paused.
 */
public record StepFigures(
    String serviceCode,
    String stepKey,
    long finished,
    long timed,
    long withinStandard,
    long measured,
    Double medianMinutes,
    Double p90Minutes,
    long returns,
    long rejections,
    long pausedMinutes)
    implements Serializable {
  @Serial private static final long serialVersionUID = 1L;

  /** No step of this kind finished in the period. */
  public static StepFigures none(String serviceCode, String stepKey) {
    return new StepFigures(serviceCode, stepKey, 0, 0, 0, 0, null, null, 0, 0, 0);
  }

  /** The share within standard in percent (one decimal), null when none was timed. */
  public BigDecimal percentWithinStandard() {
    return WithinStandard.percent(withinStandard, timed);
  }

  /** Finished after their due time. */
  public long late() {
    return timed - withinStandard;
  }
}
