package th.go.sesaoret.servicedesk.it;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;

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
    return id;
  }
}
