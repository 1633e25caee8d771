package th.go.sesaoret.servicedesk.report.domain;

import java.util.Map;
import java.util.TreeMap;

/**
 * The working times of one step in a period as counts per {@link MinuteBuckets bucket}, and their
 * percentiles as the database's {@code percentile_cont} gives them: the value at rank p × (n − 1)
 * of the sorted times, interpolated linearly between the two ranks around it. In a one-minute
 * bucket every time is that minute, so below two hours the result is exact; in a wider bucket the
 * times are taken as spread evenly over it.
 */
public final class WorkingTimes {
  private final TreeMap<Integer, Long> counts = new TreeMap<>();
  private long total;

  /** Adds {@code count} times of bucket {@code bucket} ({@link MinuteBuckets#NONE} is ignored). */
  public void add(int bucket, long count) {
    if (bucket == MinuteBuckets.NONE || count == 0) {
      return;
    }
    if (bucket < 0 || count < 0) {
      throw new IllegalArgumentException("bucket " + bucket + ", count " + count);
    }
    counts.merge(bucket, count, Long::sum);
    total += count;
  }

  /** How many times were counted. */
  public long measured() {
    return total;
  }

  /** The p-th percentile (0 to 1) in minutes; null when nothing was measured. */
  public Double percentile(double p) {
    if (p < 0 || p > 1) {
      throw new IllegalArgumentException("p " + p);
    }
    if (total == 0) {
      return null;
    }
    double rank = p * (total - 1);
    long below = (long) Math.floor(rank);
    long above = (long) Math.ceil(rank);
    double low = valueAt(below);
    double high = above == below ? low : valueAt(above);
    return low + (rank - below) * (high - low);
  }

  /** The time at 0-based rank {@code k} of the sorted times. */
  private double valueAt(long k) {
    long before = 0;
    for (Map.Entry<Integer, Long> e : counts.entrySet()) {
      long n = e.getValue();
      if (k < before + n) {
        int lower = e.getKey();
        int width = MinuteBuckets.width(lower);
        if (width == 1) {
          return lower;
        }
        return lower + (k - before + 0.5) * width / n;
      }
      before += n;
    }
    throw new IllegalStateException("rank " + k + " of " + total);
  }
}
