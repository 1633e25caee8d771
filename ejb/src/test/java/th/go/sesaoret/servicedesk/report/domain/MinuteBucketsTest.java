package th.go.sesaoret.servicedesk.report.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class MinuteBucketsTest {
  @Test
  void exactBelowTwoHoursThenWiderBuckets() {
    assertEquals(MinuteBuckets.NONE, MinuteBuckets.of(null));
    assertEquals(0, MinuteBuckets.of(0L));
    assertEquals(0, MinuteBuckets.of(-3L), "a negative time counts as none spent");
    assertEquals(119, MinuteBuckets.of(119L));
    assertEquals(120, MinuteBuckets.of(124L));
    assertEquals(125, MinuteBuckets.of(125L));
    assertEquals(475, MinuteBuckets.of(479L));
    assertEquals(480, MinuteBuckets.of(494L));
    assertEquals(2385, MinuteBuckets.of(2399L));
    assertEquals(2400, MinuteBuckets.of(2459L));
    assertEquals(11940, MinuteBuckets.of(11999L));
    assertEquals(12180, MinuteBuckets.of(12500L), "a working day wide: 12,180 = 29 x 420");
  }

  @Test
  void aBucketsWidthFollowsItsLowerBound() {
    assertEquals(1, MinuteBuckets.width(0));
    assertEquals(5, MinuteBuckets.width(120));
    assertEquals(15, MinuteBuckets.width(480));
    assertEquals(60, MinuteBuckets.width(2400));
    assertEquals(420, MinuteBuckets.width(12180));
  }
}
