package th.go.sesaoret.servicedesk.catalog.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.io.Serializable;
import java.util.Objects;
import th.go.sesaoret.servicedesk.shared.BusinessException;

/**
 * A step's time standard: an amount, or a range such as 3 - 6 hours, in minutes, hours or working
 * days. Immutable; refuses zero, negative and inverted ranges. Worded by {@code
 * catalog.application.StandardWords}.
 */
@Embeddable
public class TimeStandard implements Serializable {
  private static final long serialVersionUID = 1L;

  /** Longest standard accepted for one step, per unit, to catch typing slips (e.g. 3000 days). */
  static final int MAX_AMOUNT = 10_000;

  @Column(name = "std_min", nullable = false)
  private int min;

  @Column(name = "std_max", nullable = false)
  private int max;

  @Enumerated(EnumType.STRING)
  @Column(name = "std_unit", nullable = false)
  private StandardUnit unit;

  protected TimeStandard() {}

  private TimeStandard(int min, int max, StandardUnit unit) {
    this.min = min;
    this.max = max;
    this.unit = unit;
  }

  public static TimeStandard of(int amount, StandardUnit unit) {
    return range(amount, amount, unit);
  }

  /** A range; {@code max == null} means a single amount. */
  public static TimeStandard range(Integer min, Integer max, StandardUnit unit) {
    if (unit == null) {
      throw new BusinessException("catalog.standard.unitRequired");
    }
    if (min == null) {
      throw new BusinessException("catalog.standard.amountRequired");
    }
    int upper = max == null ? min : max;
    if (min <= 0 || upper <= 0) {
      throw new BusinessException("catalog.standard.notPositive");
    }
    if (min > upper) {
      throw new BusinessException("catalog.standard.minAboveMax", min, upper);
    }
    if (upper > MAX_AMOUNT) {
      throw new BusinessException("catalog.standard.tooLong", MAX_AMOUNT);
    }
    return new TimeStandard(min, upper, unit);
  }

  public int min() {
    return min;
  }

  public int max() {
    return max;
  }

  public StandardUnit unit() {
    return unit;
  }

  public boolean isRange() {
    return min != max;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof TimeStandard t && t.min == min && t.max == max && t.unit == unit;
  }

  @Override
  public int hashCode() {
    return Objects.hash(min, max, unit);
  }

  /** The standard as codes and values, e.g. {@code 3-6 HOURS}; the pages word it. */
  @Override
  public String toString() {
    return (isRange() ? min + "-" + max : String.valueOf(min)) + " " + unit;
  }
}
