package th.go.sesaoret.servicedesk.it;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import th.go.sesaoret.servicedesk.report.domain.MinuteBuckets;
import th.go.sesaoret.servicedesk.report.infrastructure.TallyRebuild;
import th.go.sesaoret.servicedesk.request.domain.FinishedStep;
import th.go.sesaoret.servicedesk.request.domain.ServiceRequest;
import th.go.sesaoret.servicedesk.shared.OfficeTime;

/**
 * Known data for the compliance report (issue 13, H4): a finished request of a service with one
 * step whose times and results the test chooses, written straight into the tables (the engine
 * cannot finish a step years ago). Each test uses its own far-away fiscal year, so nothing else the
 * server holds counts in it.
 */
@Stateless
@PermitAll
public class ReportFixture {
  @PersistenceContext(unitName = "servicedesk")
  private EntityManager em;

  @EJB private TallyRebuild tally;

  /**
   * The compliance projection's rows, as "month definition bucket" to "steps timed within returns
   * rejections paused".
   */
  public Map<String, List<Long>> tally() {
    Map<String, List<Long>> rows = new TreeMap<>();
    for (Object o :
        em.createNativeQuery(
                "select month_start, definition_id, bucket, steps, timed, within, returns,"
                    + " rejections, paused_minutes from report_step_tally")
            .getResultList()) {
      Object[] r = (Object[]) o;
      rows.put(
          r[0] + " " + r[1] + " " + r[2],
          List.of(n(r[3]), n(r[4]), n(r[5]), n(r[6]), n(r[7]), n(r[8])));
    }
    return rows;
  }

  /** What request {@code id}'s finished steps should add to the projection, keyed alike. */
  public Map<String, List<Long>> contributionOf(long id) {
    Map<String, List<Long>> rows = new TreeMap<>();
    for (FinishedStep s : FinishedStep.of(em.find(ServiceRequest.class, id))) {
      String key =
          s.finishedAt().atZone(OfficeTime.ZONE).toLocalDate().withDayOfMonth(1)
              + " "
              + s.definitionId()
              + " "
              + MinuteBuckets.of(s.workingMinutes());
      List<Long> one =
          List.of(
              1L,
              s.onTime() != null ? 1L : 0L,
              Boolean.TRUE.equals(s.onTime()) ? 1L : 0L,
              (long) s.returnedTimes(),
              s.rejected() ? 1L : 0L,
              s.pausedMinutes());
      rows.merge(
          key,
          one,
          (a, b) ->
              java.util.stream.IntStream.range(0, 6).mapToObj(i -> a.get(i) + b.get(i)).toList());
    }
    return rows;
  }

  private static long n(Object value) {
    return ((Number) value).longValue();
  }

  /** One step's record. {@code onTime} null: untimed; {@code working} null: kept before V12_7_1. */
  public record Step(
      String stepKey,
      Instant started,
      Instant due,
      Instant finished,
      Long working,
      Boolean onTime,
      String outcome,
      int returns,
      long paused) {}

  /** The id of request {@code number}. */
  public long idOf(String number) {
    return ((Number)
            em.createNativeQuery("select id from service_request where request_no = ?1")
                .setParameter(1, number)
                .getSingleResult())
        .longValue();
  }

  /** Sets a request's status (e.g. CANCELLED). */
  public void status(long requestId, String status) {
    em.createNativeQuery("update service_request set status = ?1 where id = ?2")
        .setParameter(1, status)
        .setParameter(2, requestId)
        .executeUpdate();
  }

  /** A finished request of {@code serviceCode} (current version) with {@code step}; its id. */
  public long request(String serviceCode, String number, String title, Step step) {
    long version =
        ((Number)
                em.createNativeQuery(
                        "select v.id from catalog_service_version v join catalog_service s"
                            + " on s.id = v.service_id where s.code = ?1 and v.is_current = true")
                    .setParameter(1, serviceCode)
                    .getSingleResult())
            .longValue();
    em.createNativeQuery(
            "insert into service_request (request_no, version_id, requester, title, description,"
                + " status, submitted_at, finished_at, current_step, opt_lock)"
                + " values (?1, ?2, 'requester', ?3, ?3, 'COMPLETED', ?4, ?5, null, 0)")
        .setParameter(1, number)
        .setParameter(2, version)
        .setParameter(3, title)
        .setParameter(4, step.started())
        .setParameter(5, step.finished())
        .executeUpdate();
    long id =
        ((Number)
                em.createNativeQuery("select id from service_request where request_no = ?1")
                    .setParameter(1, number)
                    .getSingleResult())
            .longValue();
    em.createNativeQuery(
            "insert into step_instance (request_id, definition_id, step_order, acting_role,"
                + " round_no, started_at, due_at, finished_at, outcome, actor,"
                + " paused_working_minutes, on_time, late_by_minutes, working_minutes,"
                + " returned_times, opt_lock)"
                + " select ?1, d.id, d.step_order, d.acting_role, 1, ?2, ?3, ?4, ?5, 'staff', ?6,"
                + " ?7, ?8, ?9, ?10, 0 from catalog_step d where d.version_id = ?11"
                + " and d.step_key = ?12")
        .setParameter(1, id)
        .setParameter(2, step.started())
        .setParameter(3, step.due())
        .setParameter(4, step.finished())
        .setParameter(5, step.outcome())
        .setParameter(6, step.paused())
        .setParameter(7, step.onTime())
        .setParameter(8, step.onTime() == null ? null : step.onTime() ? 0L : 30L)
        .setParameter(9, step.working())
        .setParameter(10, step.returns())
        .setParameter(11, version)
        .setParameter(12, step.stepKey())
        .executeUpdate();
    // written past the workflow, as a data fix would be: the projection is built again
    tally.rebuild();
    return id;
  }
}
