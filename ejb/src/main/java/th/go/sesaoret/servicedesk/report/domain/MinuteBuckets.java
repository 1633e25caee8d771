package th.go.sesaoret.servicedesk.report.domain;

/**
 * The buckets of working time the compliance projection counts steps in, so that a fiscal year's
 * percentiles read a few thousand counts instead of every step: one minute wide below two hours
 * (exact: a step's time there is the minute itself), then 5 minutes to 8 hours, 15 minutes to 40
 * hours, an hour to 200 hours and a working day (420 minutes) beyond. A percentile read from them
 * is within half a bucket of the exact one: at most 2.5 minutes under 8 hours, 2% above. {@link
 * #SQL} is the same rule for the database.
 */
public final class MinuteBuckets {
  /** The bucket of a step that kept no working time (finished before the report existed). */
  public static final int NONE = -1;

  /** {@link #of} over the column {@code si.working_minutes}, for H2 and PostgreSQL alike. */
  public static final String SQL =
      "case when si.working_minutes is null then -1"
          + " when si.working_minutes < 120 then si.working_minutes"
          + " when si.working_minutes < 480 then si.working_minutes - mod(si.working_minutes, 5)"
          + " when si.working_minutes < 2400 then si.working_minutes - mod(si.working_minutes, 15)"
          + " when si.working_minutes < 12000 then si.working_minutes - mod(si.working_minutes, 60)"
          + " else si.working_minutes - mod(si.working_minutes, 420) end";

  private MinuteBuckets() {}

  /** The bucket (its lower bound in minutes) of a working time; {@link #NONE} for none. */
  public static int of(Long minutes) {
    if (minutes == null) {
      return NONE;
    }
    long m = Math.max(0, minutes);
    long lower = m - m % width(m);
    return (int) Math.min(Integer.MAX_VALUE, lower);
  }

  /** How many minutes the bucket starting at {@code lower} spans. */
  public static int width(long lower) {
    if (lower < 120) {
      return 1;
    }
    if (lower < 480) {
      return 5;
    }
    if (lower < 2400) {
      return 15;
    }
    if (lower < 12000) {
      return 60;
    }
    return 420;
  }
}
