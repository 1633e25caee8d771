package th.go.sesaoret.servicedesk.report.infrastructure;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.logging.Logger;
import org.hibernate.query.NativeQuery;
import th.go.sesaoret.servicedesk.report.domain.MinuteBuckets;
import th.go.sesaoret.servicedesk.shared.OfficeTime;

/**
 * Builds {@code report_step_tally} again from {@code step_instance}, a month at a time (the month's
 * bounds worked out here in the office's zone, so the SQL is the same on H2 and PostgreSQL), in one
 * transaction, and records when in {@code report_tally_state}. It heals a tally that a write past
 * the workflow (a data fix, a bench seed) left behind.
 */
@Stateless
@PermitAll // the rebuild timer and tests; it writes only the projection
public class TallyRebuild {
  private static final Logger LOG = Logger.getLogger(TallyRebuild.class.getName());
  private static final String MONTH =
      "insert into report_step_tally (month_start, definition_id, bucket, steps, timed, within,"
          + " returns, rejections, paused_minutes)"
          + " select ?1, si.definition_id, "
          + MinuteBuckets.SQL
          + ", count(*), count(si.on_time), sum(case when si.on_time = true then 1 else 0 end),"
          + " sum(si.returned_times), sum(case when si.outcome = 'REJECTED' then 1 else 0 end),"
          + " sum(si.paused_working_minutes)"
          + " from step_instance si"
          + " where si.finished_at >= ?2 and si.finished_at < ?3 and si.outcome <> 'CANCELLED'"
          + " group by si.definition_id, "
          + MinuteBuckets.SQL;

  @PersistenceContext private EntityManager em;
  @Inject private Clock clock;

  /** True when the tally was never built (the first start after its migration, a fresh seed). */
  public boolean isMissing() {
    return ((Number)
                em.createNativeQuery("select count(*) from report_tally_state").getSingleResult())
            .longValue()
        == 0;
  }

  /** Builds the whole tally again, in the caller's transaction; returns its rows. */
  public long rebuild() {
    long started = System.nanoTime();
    native_("delete from report_step_tally").executeUpdate();
    Object[] range =
        em.createQuery(
                "select min(s.clock.finishedAt), max(s.clock.finishedAt) from StepInstance s",
                Object[].class)
            .getSingleResult();
    long rows = 0;
    if (range[0] != null) {
      LocalDate month = local(range[0]).withDayOfMonth(1);
      LocalDate last = local(range[1]).withDayOfMonth(1);
      LOG.fine(() -> "Compliance tally: steps finished from " + range[0] + " to " + range[1]);
      for (; !month.isAfter(last); month = month.plusMonths(1)) {
        rows +=
            native_(MONTH)
                .setParameter(1, month)
                .setParameter(2, start(month))
                .setParameter(3, start(month.plusMonths(1)))
                .executeUpdate();
      }
    }
    native_("delete from report_tally_state").executeUpdate();
    native_("insert into report_tally_state (id, rebuilt_at, rows_built) values (1, ?1, ?2)")
        .setParameter(1, clock.instant())
        .setParameter(2, rows)
        .executeUpdate();
    long ms = (System.nanoTime() - started) / 1_000_000;
    long built = rows;
    LOG.info(() -> "Compliance tally rebuilt: " + built + " rows in " + ms + " ms");
    return rows;
  }

  @SuppressWarnings("rawtypes")
  private NativeQuery native_(String sql) {
    return em.createNativeQuery(sql)
        .unwrap(NativeQuery.class)
        .addSynchronizedQuerySpace(ComplianceTally.TABLE);
  }

  private static Instant start(LocalDate month) {
    return month.atStartOfDay(OfficeTime.ZONE).toInstant();
  }

  private static LocalDate local(Object value) {
    return ((Instant) value).atZone(OfficeTime.ZONE).toLocalDate();
  }
}
