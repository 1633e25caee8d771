package th.go.sesaoret.servicedesk.report.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.Instant;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.hibernate.jpa.HibernateHints;
import th.go.sesaoret.servicedesk.catalog.domain.ServiceCode;
import th.go.sesaoret.servicedesk.report.application.ComplianceQueries;
import th.go.sesaoret.servicedesk.report.application.DrillRow;
import th.go.sesaoret.servicedesk.report.application.Figure;
import th.go.sesaoret.servicedesk.report.domain.StepFigures;
import th.go.sesaoret.servicedesk.request.domain.StepOutcome;

/**
 * The compliance report in the database. The figures are one aggregate statement over the steps
 * finished in the period (the range reads {@code ix_step_open}, whose first column is {@code
 * finished_at}), grouped by service and step key so that every catalog version of a step counts as
 * that step; the percentiles are the standard ordered-set aggregate {@code percentile_cont(p)
 * within group (order by ...)}, which H2 2.x and PostgreSQL both run, and which skips the steps
 * finished before their working time was kept (null). The drill-down is JPQL, a page at a time.
 */
@ApplicationScoped
public class JpaComplianceQueries implements ComplianceQueries {
  private static final String FIGURES =
      "select sv.code, cs.step_key, count(*), count(si.on_time),"
          + " sum(case when si.on_time = true then 1 else 0 end), count(si.working_minutes),"
          + " percentile_cont(0.5) within group (order by si.working_minutes),"
          + " percentile_cont(0.9) within group (order by si.working_minutes),"
          + " sum(si.returned_times), sum(case when si.outcome = 'REJECTED' then 1 else 0 end),"
          + " sum(si.paused_working_minutes)"
          + " from step_instance si"
          + " join catalog_step cs on cs.id = si.definition_id"
          + " join catalog_service_version v on v.id = cs.version_id"
          + " join catalog_service sv on sv.id = v.service_id"
          + " where si.finished_at >= :start and si.finished_at < :end"
          + " and si.outcome <> 'CANCELLED'"
          + " group by sv.code, cs.step_key";

  private static final String STEPS =
      " from StepInstance s join s.request r join s.definition d join d.version v join v.service sv"
          + " where s.clock.finishedAt >= :start and s.clock.finishedAt < :end"
          + " and s.outcome <> :cancelled and sv.code = :code and d.stepKey = :key";

  @PersistenceContext private EntityManager em;

  @Override
  public List<StepFigures> figures(Instant start, Instant end) {
    @SuppressWarnings("unchecked")
    List<Object[]> rows =
        em.createNativeQuery(FIGURES)
            .setParameter("start", start)
            .setParameter("end", end)
            .getResultList();
    return rows.stream()
        .map(
            r ->
                new StepFigures(
                    (String) r[0],
                    (String) r[1],
                    count(r[2]),
                    count(r[3]),
                    count(r[4]),
                    count(r[5]),
                    minutes(r[6]),
                    minutes(r[7]),
                    count(r[8]),
                    count(r[9]),
                    count(r[10])))
        .toList();
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
