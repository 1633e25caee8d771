package th.go.sesaoret.servicedesk.repair.infrastructure;

import static th.go.sesaoret.servicedesk.repair.domain.RepairJob.REPAIR;
import static th.go.sesaoret.servicedesk.repair.domain.RepairJob.REPORT;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityGraph;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import th.go.sesaoret.servicedesk.repair.application.EquipmentRepairRow;
import th.go.sesaoret.servicedesk.repair.application.RepairReads;
import th.go.sesaoret.servicedesk.repair.application.TechnicianJobRow;
import th.go.sesaoret.servicedesk.repair.application.TechnicianJobSort;
import th.go.sesaoret.servicedesk.repair.application.TechnicianJobState;
import th.go.sesaoret.servicedesk.repair.application.TechnicianLoad;
import th.go.sesaoret.servicedesk.repair.domain.RepairForm;
import th.go.sesaoret.servicedesk.repair.domain.RepairJob;
import th.go.sesaoret.servicedesk.request.domain.Actor;
import th.go.sesaoret.servicedesk.request.infrastructure.VisibleRequests;
import th.go.sesaoret.servicedesk.security.domain.Role;
import th.go.sesaoret.servicedesk.shared.list.ListClauses;
import th.go.sesaoret.servicedesk.shared.list.ListQuery;

/**
 * The repair lists in JPQL: the technician's queue (oldest due first by default) and the equipment
 * history of a durable-goods number (newest first, index ix_repair_asset), projections paged by the
 * database within what the viewer may see ({@link VisibleRequests}); the technicians' load in two
 * grouped queries.
 */
@ApplicationScoped
public class JpaRepairReads implements RepairReads {
  /** A job waits for the technician when it is theirs and not held for parts. */
  private static final String JOB_WAITING = "(s.assignee = :me and s.clock.pausedAt is null)";

  private static final String JOB_ROW =
      "select new th.go.sesaoret.servicedesk.repair.application.TechnicianJobRow(r.id, r.number,"
          + " r.title, p.fullName, j.intake.urgency, j.intake.building, j.intake.room,"
          + " d.stepKey, s.clock.dueAt, s.clock.pausedAt, j.work.acceptedAt, s.assignee, case when "
          + JOB_WAITING
          + " then true else false end)";
  private static final String MY_JOBS =
      " from StepInstance s join s.definition d join s.request r join RepairJob j on j.id = r.id"
          + " left join Person p on p.username = r.requester"
          + " where s.clock.finishedAt is null and s.clock.startedAt is not null and s.actingRole = :staff"
          + " and (s.assignee = :me or (s.assignee is null and d.stepKey = :repair))";
  private static final String HISTORY_ROW =
      "select new th.go.sesaoret.servicedesk.repair.application.EquipmentRepairRow(r.id, r.number,"
          + " r.submittedAt, j.intake.kind, j.intake.equipmentType, r.title, r.status,"
          + " j.work.resolution, j.ordered.technician, r.finishedAt, j.confirmation.state,"
          + " j.confirmation.rating)";
  private static final String HISTORY =
      " from RepairJob j join j.request r where j.intake.assetNumber = :no";

  @PersistenceContext private EntityManager em;

  @Override
  public Optional<RepairJob> job(long requestId) {
    return Optional.ofNullable(em.find(RepairJob.class, requestId));
  }

  @Override
  public Optional<RepairJob> visibleJob(long requestId, Actor viewer) {
    ListClauses where =
        VisibleRequests.restrict(
            new ListClauses(" where j.id = :id").param("id", requestId), "r", viewer);
    EntityGraph<RepairJob> withRequestAndLog = em.createEntityGraph(RepairJob.class);
    withRequestAndLog.addAttributeNodes("request", "log");
    return where
        .bind(
            em.createQuery(
                    "select j from RepairJob j join j.request r" + where.where(), RepairJob.class)
                .setHint("jakarta.persistence.fetchgraph", withRequestAndLog))
        .getResultStream()
        .findFirst();
  }

  @Override
  public List<TechnicianJobRow> myJobs(
      Actor who, ListQuery<TechnicianJobSort> query, Instant now, int first, int size) {
    ListClauses where = jobs(who, query, now);
    return where
        .bind(
            em.createQuery(
                JOB_ROW + MY_JOBS + where.where() + query.orderBy("r.id"), TechnicianJobRow.class))
        .setFirstResult(first)
        .setMaxResults(size)
        .getResultList();
  }

  @Override
  public long countMyJobs(Actor who, ListQuery<TechnicianJobSort> query, Instant now) {
    ListClauses where = jobs(who, query, now);
    return where
        .bind(em.createQuery("select count(s)" + MY_JOBS + where.where(), Long.class))
        .getSingleResult();
  }

  private static ListClauses jobs(Actor who, ListQuery<TechnicianJobSort> query, Instant now) {
    ListClauses where =
        new ListClauses("")
            .search(query)
            .param("staff", Role.STAFF)
            .param("me", who.username())
            .param("repair", REPAIR);
    VisibleRequests.restrict(where, "r", who);
    TechnicianJobState state = query.state(TechnicianJobState.class);
    if (state != null) {
      where.and(clause(state));
    }
    if (query.overdue()) {
      where.and("(s.clock.pausedAt is null and s.clock.dueAt < :now)").param("now", now);
    }
    if (query.waitingForMe()) {
      where.and(JOB_WAITING);
    }
    return where;
  }

  /**
   * The state filter's fixed condition (aliases {@code s} step, {@code d} its definition, {@code j}
   * repair job: its parts, e.g. {@code j.work.acceptedAt}).
   */
  static String clause(TechnicianJobState state) {
    return switch (state) {
      case NOT_ACCEPTED -> "(d.stepKey = '" + REPAIR + "' and j.work.acceptedAt is null)";
      case IN_PROGRESS ->
          "(d.stepKey = '"
              + REPAIR
              + "' and j.work.acceptedAt is not null and s.clock.pausedAt is null)";
      case HELD -> "(s.clock.pausedAt is not null)";
      case REPORTING -> "(d.stepKey = '" + REPORT + "')";
    };
  }

  @Override
  public List<EquipmentRepairRow> history(Actor who, String assetNumber, int first, int size) {
    ListClauses where = asset(who, assetNumber);
    return where
        .bind(
            em.createQuery(
                HISTORY_ROW + HISTORY + where.where() + " order by r.submittedAt desc, r.id desc",
                EquipmentRepairRow.class))
        .setFirstResult(first)
        .setMaxResults(size)
        .getResultList();
  }

  @Override
  public long countHistory(Actor who, String assetNumber) {
    ListClauses where = asset(who, assetNumber);
    return where
        .bind(em.createQuery("select count(j)" + HISTORY + where.where(), Long.class))
        .getSingleResult();
  }

  private static ListClauses asset(Actor who, String assetNumber) {
    String no = RepairForm.normalisedAsset(assetNumber);
    return VisibleRequests.restrict(
        new ListClauses("").param("no", no == null ? "" : no), "r", who);
  }

  @Override
  public List<TechnicianLoad> technicianLoad() {
    List<Object[]> people =
        em.createQuery(
                "select p.username, p.fullName from Person p join p.roles role"
                    + " where role = :staff and p.active = true order by p.fullName",
                Object[].class)
            .setParameter("staff", Role.STAFF)
            .getResultList();
    Map<String, long[]> counts = new HashMap<>();
    em.createQuery(
            "select s.assignee, count(s),"
                + " sum(case when s.clock.pausedAt is not null then 1 else 0 end)"
                + " from StepInstance s where s.clock.finishedAt is null"
                + " and s.clock.startedAt is not null"
                + " and s.actingRole = :staff and s.assignee is not null group by s.assignee",
            Object[].class)
        .setParameter("staff", Role.STAFF)
        .getResultList()
        .forEach(
            row ->
                counts.put(
                    (String) row[0],
                    new long[] {((Number) row[1]).longValue(), ((Number) row[2]).longValue()}));
    return people.stream()
        .map(
            p -> {
              long[] c = counts.getOrDefault((String) p[0], new long[2]);
              return new TechnicianLoad((String) p[0], (String) p[1], c[0], c[1]);
            })
        .toList();
  }
}
