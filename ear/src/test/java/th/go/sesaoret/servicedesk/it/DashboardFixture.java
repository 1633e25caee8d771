package th.go.sesaoret.servicedesk.it;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;

/**
 * Known data for the dashboards (issue 13, H3): requests and steps written straight into the
 * tables, at the times, with the states, roles, assignees and actors a test chooses.
 */
@Stateless
@PermitAll
public class DashboardFixture {
  @PersistenceContext(unitName = "servicedesk")
  private EntityManager em;

  @EJB private th.go.sesaoret.servicedesk.report.infrastructure.TallyRebuild tally;

  /** One step of a request: the catalog's step {@code stepKey}, acting as {@code role}. */
  public record Step(
      String stepKey,
      String role,
      Instant started,
      Instant due,
      Instant finished,
      Instant paused,
      String outcome,
      String actor,
      String assignee,
      Boolean onTime) {
    /** A running step. */
    public static Step running(
        String stepKey, String role, Instant started, Instant due, String assignee) {
      return new Step(stepKey, role, started, due, null, null, null, null, assignee, null);
    }

    /** A finished step. */
    public static Step finished(
        String stepKey, Instant finished, String actor, Boolean onTime, String outcome) {
      return new Step(
          stepKey,
          "STAFF",
          finished.minusSeconds(3600),
          onTime == null ? null : finished.minusSeconds(1800),
          finished,
          null,
          outcome,
          actor,
          null,
          onTime);
    }

    public Step paused(Instant at) {
      return new Step(stepKey, role, started, due, finished, at, outcome, actor, assignee, onTime);
    }
  }

  /** A request of {@code serviceCode}'s current version; its id. */
  public long request(
      String serviceCode, String number, String requester, String status, Instant submitted) {
    em.createNativeQuery(
            "insert into service_request (request_no, version_id, requester, title, description,"
                + " status, submitted_at, finished_at, current_step, opt_lock)"
                + " select ?1, v.id, ?2, ?3, ?3, ?4, ?5, null, null, 0"
                + " from catalog_service_version v join catalog_service s on s.id = v.service_id"
                + " where s.code = ?6 and v.is_current = true")
        .setParameter(1, number)
        .setParameter(2, requester)
        .setParameter(3, "dashboard test " + number)
        .setParameter(4, status)
        .setParameter(5, submitted)
        .setParameter(6, serviceCode)
        .executeUpdate();
    return idOf(number);
  }

  /** Adds {@code step} to request {@code requestId} (the catalog step of the request's version). */
  public void step(long requestId, Step step) {
    em.createNativeQuery(
            "insert into step_instance (request_id, definition_id, step_order, acting_role,"
                + " assignee, round_no, started_at, due_at, finished_at, outcome, actor,"
                + " paused_at, paused_working_minutes, on_time, returned_times, opt_lock)"
                + " select r.id, d.id, d.step_order, ?1, ?2, 1, ?3, ?4, ?5, ?6, ?7, ?8, 0, ?9, 0, 0"
                + " from service_request r join catalog_step d on d.version_id = r.version_id"
                + " where r.id = ?10 and d.step_key = ?11")
        .setParameter(1, step.role())
        .setParameter(2, step.assignee())
        .setParameter(3, step.started())
        .setParameter(4, step.due())
        .setParameter(5, step.finished())
        .setParameter(6, step.outcome())
        .setParameter(7, step.actor())
        .setParameter(8, step.paused())
        .setParameter(9, step.onTime())
        .setParameter(10, requestId)
        .setParameter(11, step.stepKey())
        .executeUpdate();
    if (step.finished() != null) {
      // written past the workflow: the compliance projection is built again, as after a data fix
      tally.rebuild();
    }
  }

  public long idOf(String number) {
    return ((Number)
            em.createNativeQuery("select id from service_request where request_no = ?1")
                .setParameter(1, number)
                .getSingleResult())
        .longValue();
  }
}
