package th.go.sesaoret.servicedesk.report.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.api.Test;

class WorkingTimesTest {

  private static WorkingTimes of(long... minutes) {
    WorkingTimes t = new WorkingTimes();
    for (long m : minutes) {
      t.add(MinuteBuckets.of(m), 1);
    }
    return t;
  }

  /** percentile_cont as the databases define it, over the exact values. */
  private static double exact(double p, long... minutes) {
    long[] sorted = minutes.clone();
    Arrays.sort(sorted);
    double rank = p * (sorted.length - 1);
    int lo = (int) Math.floor(rank);
    int hi = (int) Math.ceil(rank);
    return sorted[lo] + (rank - lo) * (sorted[hi] - sorted[lo]);
  }

  @Test
  void belowTwoHoursTheMedianAndP90AreThoseOfTheDatabase() {
    // the compliance IT's intake step: 10, 20, 30, 40, 50, 100
    WorkingTimes t = of(10, 20, 30, 40, 50, 100);
    assertEquals(35.0, t.percentile(0.5), 1e-9);
    assertEquals(75.0, t.percentile(0.9), 1e-9);
    assertEquals(6, t.measured());
  }

  @Test
  void oneTimeIsEveryPercentile() {
    WorkingTimes t = of(42);
    assertEquals(42.0, t.percentile(0.5), 1e-9);
    assertEquals(42.0, t.percentile(0.9), 1e-9);
  }

  @Test
  void nothingMeasuredHasNoPercentileAndStepsWithoutTimeAreLeftOut() {
    WorkingTimes t = new WorkingTimes();
    t.add(MinuteBuckets.NONE, 5);
    assertNull(t.percentile(0.5));
    assertEquals(0, t.measured());
  }

  @Test
  void longTimesAreWithinHalfABucketOfTheExactPercentile() {
    Random random = new Random(13);
    long[] minutes = new long[2_000];
    for (int i = 0; i < minutes.length; i++) {
      minutes[i] = (long) Math.abs(random.nextGaussian() * 1_500 + 900);
    }
    WorkingTimes t = of(minutes);
    for (double p : new double[] {0.5, 0.9}) {
      double want = exact(p, minutes);
      double got = t.percentile(p);
      double halfBucket = MinuteBuckets.width(MinuteBuckets.of((long) want)) / 2.0;
      assertTrue(Math.abs(got - want) <= halfBucket + 1, p + ": " + got + " vs " + want);
    }
  }

  @Test
  void countsAddUpAcrossMonths() {
    WorkingTimes t = new WorkingTimes();
    t.add(30, 2);
    t.add(30, 1);
    t.add(100, 1);
    // 30, 30, 30, 100: median 30, p90 at rank 2.7 = 30 + 0.7 x 70
    assertEquals(30.0, t.percentile(0.5), 1e-9);
    assertEquals(79.0, t.percentile(0.9), 1e-9);
  }

  @Test
  void aNegativeCountOrAPercentileOutsideZeroToOneIsRefused() {
    WorkingTimes t = new WorkingTimes();
    assertThrows(IllegalArgumentException.class, () -> t.add(10, -1));
    assertThrows(IllegalArgumentException.class, () -> t.percentile(1.5));
  }
}
