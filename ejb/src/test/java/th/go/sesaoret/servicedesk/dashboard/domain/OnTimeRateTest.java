package th.go.sesaoret.servicedesk.dashboard.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class OnTimeRateTest {
  @Test
  void twoOfThreeOnTimeIsSixtySixPointSeven() {
    OnTimeRate r = new OnTimeRate(2, 1);
    assertEquals(3, r.timed());
    assertEquals(new BigDecimal("66.7"), r.percent());
  }

  @Test
  void nothingTimedHasNoRateRatherThanZero() {
    assertNull(OnTimeRate.NONE.percent());
  }

  @Test
  void allOnTimeIsAHundredAndAllLateIsZero() {
    assertEquals(new BigDecimal("100.0"), new OnTimeRate(4, 0).percent());
    assertEquals(new BigDecimal("0.0"), new OnTimeRate(0, 4).percent());
  }

  @Test
  void ratesAddUp() {
    assertEquals(new OnTimeRate(3, 2), new OnTimeRate(1, 2).plus(new OnTimeRate(2, 0)));
  }

  @Test
  void negativeCountsAreRefused() {
    assertThrows(IllegalArgumentException.class, () -> new OnTimeRate(-1, 0));
  }
}
