package th.go.sesaoret.servicedesk.satisfaction.application;

import java.io.Serial;
import java.io.Serializable;
import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * The survey's figures of one service in a period, computed by the database: how many answered, the
 * mean of each question (two decimals), and how many scored the overall question 4 or 5.
 */
public record SatisfactionSummary(
    String serviceCode,
    String serviceName,
    long answers,
    Double speed,
    Double courtesy,
    Double clarity,
    Double result,
    Double overall,
    long satisfied)
    implements Serializable {
  @Serial private static final long serialVersionUID = 1L;

  /** The share satisfied in percent (one decimal); null without answers. */
  public BigDecimal percentSatisfied() {
    return answers == 0
        ? null
        : BigDecimal.valueOf(satisfied * 100L)
            .divide(BigDecimal.valueOf(answers), 1, RoundingMode.HALF_UP);
  }
}
