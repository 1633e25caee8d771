package th.go.sesaoret.servicedesk.dashboard.domain;

import java.io.Serial;
import java.io.Serializable;
import java.math.BigDecimal;
import th.go.sesaoret.servicedesk.report.domain.WithinStandard;

/**
 * Finished steps that had a due time: how many finished by it and how many after. Untimed steps
 * count in neither. The rate is the compliance report's share within standard, so a dashboard and
 * the report never disagree.
 */
public record OnTimeRate(long onTime, long late) implements Serializable {
  @Serial private static final long serialVersionUID = 1L;

  public static final OnTimeRate NONE = new OnTimeRate(0, 0);

  public OnTimeRate {
    if (onTime < 0 || late < 0) {
      throw new IllegalArgumentException(onTime + " on time, " + late + " late");
    }
  }

  public long timed() {
    return onTime + late;
  }

  /** Percent on time with one decimal (half up); null when nothing was timed. */
  public BigDecimal percent() {
    return WithinStandard.percent(onTime, timed());
  }

  public OnTimeRate plus(OnTimeRate other) {
    return new OnTimeRate(onTime + other.onTime, late + other.late);
  }
}
