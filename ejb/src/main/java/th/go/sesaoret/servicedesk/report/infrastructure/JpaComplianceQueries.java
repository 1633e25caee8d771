package th.go.sesaoret.servicedesk.report.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.hibernate.jpa.HibernateHints;
import th.go.sesaoret.servicedesk.catalog.domain.ServiceCode;
import th.go.sesaoret.servicedesk.report.application.ComplianceQueries;
import th.go.sesaoret.servicedesk.report.application.DrillRow;
import th.go.sesaoret.servicedesk.report.application.Figure;
import th.go.sesaoret.servicedesk.report.domain.MinuteBuckets;
import th.go.sesaoret.servicedesk.report.domain.StepFigures;
import th.go.sesaoret.servicedesk.report.domain.WholeMonths;
import th.go.sesaoret.servicedesk.report.domain.WorkingTimes;
import th.go.sesaoret.servicedesk.request.domain.StepOutcome;
import th.go.sesaoret.servicedesk.shared.OfficeTime;

/**
 * The compliance report in the database. The figures are aggregate statements grouped by service
 * and step key (so that every catalog version of a step counts as that step) and by bucket of
 * working time: over the projection {@code report_step_tally} for the period's whole months, over
 * {@code step_instance} (a range on {@code ix_step_open}, whose first column is {@code
 * finished_at}) for the days outside them. So a fiscal year reads a few thousand rows however many
 * requests the office has had; the percentiles come from the buckets ({@link WorkingTimes}). Steps
 * finished before their working time was kept count, but not in the percentiles. The drill-down is
 * JPQL, a page at a time.
 */
@ApplicationScoped
public class JpaComplianceQueries implements ComplianceQueries {
  private static final String CATALOG =
      " join catalog_step cs on cs.id = %s.definition_id"
          + " join catalog_service_version v on v.id = cs.version_id"
          + " join catalog_service sv on sv.id = v.service_id";

  /** The whole months of a period, from the projection: a few rows per step and month. */
  private static final String TALLY =
      "select sv.code, cs.step_key, t.bucket, sum(t.steps), sum(t.timed), sum(t.within),"
          + " sum(t.returns), sum(t.rejections), sum(t.paused_minutes)"
          + " from report_step_tally t"
          + CATALOG.formatted("t")
          + " where t.month_start >= :start and t.month_start < :end"
          + " group by sv.code, cs.step_key, t.bucket";

  /** The days of a period outside its whole months, from the steps themselves, alike. */
  private static final String LIVE =
      "select sv.code, cs.step_key, "
          + MinuteBuckets.SQL
          + ", count(*), count(si.on_time), sum(case when si.on_time = true then 1 else 0 end),"
          + " sum(si.returned_times), sum(case when si.outcome = 'REJECTED' then 1 else 0 end),"
          + " sum(si.paused_working_minutes)"
          + " from step_instance si"
          + CATALOG.formatted("si")
          + " where si.finished_at >= :start and si.finished_at < :end"
          + " and si.outcome <> 'CANCELLED'"
          + " group by sv.code, cs.step_key, "
          + MinuteBuckets.SQL;

  private static final String STEPS =
      " from StepInstance s join s.request r join s.definition d join d.version v join v.service sv"
          + " where s.clock.finishedAt >= :start and s.clock.finishedAt < :end"
          + " and s.outcome <> :cancelled and sv.code = :code and d.stepKey = :key";

  @PersistenceContext private EntityManager em;

  /**
   * The period's whole months (office time) are read from {@code report_step_tally}, the days
   * before the first and after the last whole month from the steps; both give counts per bucket of
   * working time, folded here into one {@link StepFigures} per service and step key.
   */
  @Override
  public List<StepFigures> figures(Instant start, Instant end) {
    var months = WholeMonths.of(start, end, OfficeTime.ZONE);
    Map<List<String>, Fold> folds = new LinkedHashMap<>();
    if (months.isEmpty()) {
      live(start, end, folds);
    } else {
      var m = months.get();
      if (start.isBefore(m.firstStart())) {
        live(start, m.firstStart(), folds);
      }
      fold(
          em.createNativeQuery(TALLY)
              .setParameter("start", m.first())
              .setParameter("end", m.endMonth())
              .getResultList(),
          folds);
      if (m.endStart().isBefore(end)) {
        live(m.endStart(), end, folds);
      }
    }
    return folds.values().stream().map(Fold::figures).toList();
  }

  private void live(Instant start, Instant end, Map<List<String>, Fold> folds) {
    fold(
        em.createNativeQuery(LIVE)
            .setParameter("start", start)
            .setParameter("end", end)
            .getResultList(),
        folds);
  }

  @SuppressWarnings("unchecked")
  private static void fold(List<?> rows, Map<List<String>, Fold> folds) {
    for (Object[] r : (List<Object[]>) rows) {
      String code = (String) r[0];
      String key = (String) r[1];
      folds
          .computeIfAbsent(List.of(code, key), k -> new Fold(code, key))
          .add(
              ((Number) r[2]).intValue(),
              count(r[3]),
              count(r[4]),
              count(r[5]),
              count(r[6]),
              count(r[7]),
              count(r[8]));
    }
  }

  /** One step's counts as they are added up, bucket by bucket. */
  private static final class Fold {
    private final String code;
    private final String key;
    private final WorkingTimes times = new WorkingTimes();
    private long finished;
    private long timed;
    private long within;
    private long returns;
    private long rejections;
    private long paused;

    Fold(String code, String key) {
      this.code = code;
      this.key = key;
    }

    void add(
        int bucket,
        long steps,
        long timed,
        long within,
        long returns,
        long rejections,
        long paused) {
      this.finished += steps;
      this.timed += timed;
      this.within += within;
      this.returns += returns;
      this.rejections += rejections;
      this.paused += paused;
      times.add(bucket, steps);
    }

    StepFigures figures() {
      return new StepFigures(
          code,
          key,
          finished,
          timed,
          within,
          times.measured(),
          times.percentile(0.5),
          times.percentile(0.9),
          returns,
          rejections,
          paused);
    }
  }

  @Override
  public List<DrillRow> requests(
      Instant start,
      Instant end,
      String serviceCode,
      String stepKey,
      Figure figure,
      int first,
      int size) {
    return drill(start, end, serviceCode, stepKey, figure)
        .setFirstResult(first)
        .setMaxResults(size)
        .getResultList();
  }

  @Override
  public long countRequests(
      Instant start, Instant end, String serviceCode, String stepKey, Figure figure) {
    return bind(
            em.createQuery("select count(s)" + STEPS + clause(figure), Long.class),
            start,
            end,
            serviceCode,
            stepKey,
            figure)
        .getSingleResult();
  }

  @Override
  public void eachRequest(
      Instant start,
      Instant end,
      String serviceCode,
      String stepKey,
      Figure figure,
      Consumer<DrillRow> row) {
    try (Stream<DrillRow> rows =
        drill(start, end, serviceCode, stepKey, figure)
            .setHint(HibernateHints.HINT_FETCH_SIZE, 500)
            .setHint(HibernateHints.HINT_READ_ONLY, true)
            .getResultStream()) {
      rows.forEach(row);
    }
  }

  private TypedQuery<DrillRow> drill(
      Instant start, Instant end, String serviceCode, String stepKey, Figure figure) {
    return bind(
        em.createQuery(
            "select new th.go.sesaoret.servicedesk.report.application.DrillRow(r.id, r.number,"
                + " r.title, s.clock.startedAt, s.clock.dueAt, s.clock.finishedAt,"
                + " s.clock.workingMinutes, s.clock.onTime, s.returnedTimes, s.outcome)"
                + STEPS
                + clause(figure)
                + " order by s.clock.finishedAt desc, s.id desc",
            DrillRow.class),
        start,
        end,
        serviceCode,
        stepKey,
        figure);
  }

  private static <T> TypedQuery<T> bind(
      TypedQuery<T> query,
      Instant start,
      Instant end,
      String serviceCode,
      String stepKey,
      Figure figure) {
    query
        .setParameter("start", start)
        .setParameter("end", end)
        .setParameter("cancelled", StepOutcome.CANCELLED)
        .setParameter("code", ServiceCode.of(serviceCode))
        .setParameter("key", stepKey);
    if (figure == Figure.REJECTED) {
      query.setParameter("rejected", StepOutcome.REJECTED);
    }
    return query;
  }

  private static String clause(Figure figure) {
    return switch (figure) {
      case FINISHED -> "";
      case WITHIN_STANDARD -> " and s.clock.onTime = true";
      case LATE -> " and s.clock.onTime = false";
      case RETURNED -> " and s.returnedTimes > 0";
      case REJECTED -> " and s.outcome = :rejected";
    };
  }

  private static long count(Object value) {
    return value == null ? 0 : ((Number) value).longValue();
  }

  private static Double minutes(Object value) {
    return value == null ? null : ((Number) value).doubleValue();
  }
}
