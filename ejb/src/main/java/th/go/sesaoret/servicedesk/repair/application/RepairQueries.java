package th.go.sesaoret.servicedesk.repair.application;

import static th.go.sesaoret.servicedesk.security.domain.Role.ADMIN_NAME;
import static th.go.sesaoret.servicedesk.security.domain.Role.CLERK_NAME;
import static th.go.sesaoret.servicedesk.security.domain.Role.DEPUTY_DIRECTOR_NAME;
import static th.go.sesaoret.servicedesk.security.domain.Role.DIRECTOR_NAME;
import static th.go.sesaoret.servicedesk.security.domain.Role.GROUP_DIRECTOR_NAME;
import static th.go.sesaoret.servicedesk.security.domain.Role.REQUESTER_NAME;
import static th.go.sesaoret.servicedesk.security.domain.Role.STAFF_NAME;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import th.go.sesaoret.servicedesk.audit.application.AuditTrail;
import th.go.sesaoret.servicedesk.audit.domain.AuditEntry.Fact;
import th.go.sesaoret.servicedesk.notification.domain.NoticeText;
import th.go.sesaoret.servicedesk.repair.domain.RepairActions;
import th.go.sesaoret.servicedesk.repair.domain.RepairForm;
import th.go.sesaoret.servicedesk.repair.domain.RepairJob;
import th.go.sesaoret.servicedesk.request.application.Callers;
import th.go.sesaoret.servicedesk.request.domain.Actor;
import th.go.sesaoret.servicedesk.request.domain.Approval;
import th.go.sesaoret.servicedesk.request.domain.ApprovalDecision;
import th.go.sesaoret.servicedesk.request.domain.ServiceRequest;
import th.go.sesaoret.servicedesk.request.domain.Visibility;
import th.go.sesaoret.servicedesk.security.application.CallerRoles;
import th.go.sesaoret.servicedesk.security.domain.Role;
import th.go.sesaoret.servicedesk.shared.BusinessException;
import th.go.sesaoret.servicedesk.shared.list.ListClauses;
import th.go.sesaoret.servicedesk.shared.list.ListPage;
import th.go.sesaoret.servicedesk.shared.list.ListQuery;

/**
 * What the repair screens show: one repair (for those who may see its request), the technician's
 * queue (database-paged projection, oldest due first) and the equipment history of a durable-goods
 * number (database-paged, newest first, index ix_repair_asset).
 */
@Stateless
@RolesAllowed({
  REQUESTER_NAME,
  CLERK_NAME,
  STAFF_NAME,
  GROUP_DIRECTOR_NAME,
  DEPUTY_DIRECTOR_NAME,
  DIRECTOR_NAME,
  ADMIN_NAME
})
public class RepairQueries {
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
  @Inject private Clock clock;
  @Resource private SessionContext session;
  @EJB private AuditTrail audit;

  /** One repair, for those who may see its request (refused and audited otherwise). */
  public RepairView job(long requestId, Locale locale, String sourceIp) {
    RepairJob job = visibleJob(requestId, "REPAIR_VIEW", sourceIp);
    Actor who = Callers.actor(session, em, clock.instant());
    return RepairViews.of(job, names(RepairViews.people(job)), RepairActions.of(job, who));
  }

  /** The paper repair form of one repair, for those who may see its request. */
  public RepairSheet sheet(long requestId, String sourceIp) {
    RepairJob job = visibleJob(requestId, "REPAIR_PRINT", sourceIp);
    ServiceRequest r = job.request();
    Approval approval =
        r.approvals().stream()
            .filter(a -> !a.isVoid() && a.step().key().equals(RepairJob.APPROVAL))
            .filter(a -> a.decision() == ApprovalDecision.APPROVED)
            .reduce((first, later) -> later)
            .orElse(null);
    Set<String> users = new HashSet<>();
    users.add(r.requester());
    for (String u :
        new String[] {
          r.filedBy(),
          job.intake().receivedBy(),
          job.ordered().technician(),
          approval == null ? null : approval.approver()
        }) {
      if (u != null) {
        users.add(u);
      }
    }
    return RepairSheets.of(
        job, approval, names(users), NoticeText.link(NoticeText.baseUrl(), r.id()));
  }

  /** The technician's queue: their repairs at steps 4-5, and vendor jobs free to take. */
  @RolesAllowed(STAFF_NAME)
  public List<TechnicianJobRow> myJobs(int first, int size) {
    return myJobs(ListQuery.sortedBy(TechnicianJobSort.DUE, true), first, size);
  }

  @RolesAllowed(STAFF_NAME)
  public long countMyJobs() {
    return countMyJobs(ListQuery.sortedBy(TechnicianJobSort.DUE, true));
  }

  /** One page of the technician's queue that matches the search and filters, in that order. */
  @RolesAllowed(STAFF_NAME)
  public List<TechnicianJobRow> myJobs(ListQuery<TechnicianJobSort> query, ListPage page) {
    return myJobs(query, page.first(), page.size());
  }

  @RolesAllowed(STAFF_NAME)
  public long countMyJobs(ListQuery<TechnicianJobSort> query) {
    ListClauses where = jobs(query);
    return where
        .bind(em.createQuery("select count(s)" + MY_JOBS + where.where(), Long.class))
        .getSingleResult();
  }

  private List<TechnicianJobRow> myJobs(ListQuery<TechnicianJobSort> query, int first, int size) {
    ListClauses where = jobs(query);
    return where
        .bind(
            em.createQuery(
                JOB_ROW + MY_JOBS + where.where() + query.orderBy("r.id"), TechnicianJobRow.class))
        .setFirstResult(first)
        .setMaxResults(size)
        .getResultList();
  }

  private ListClauses jobs(ListQuery<TechnicianJobSort> query) {
    ListClauses where =
        new ListClauses("")
            .search(query)
            .param("staff", Role.STAFF)
            .param("me", me())
            .param("repair", RepairJob.REPAIR);
    TechnicianJobState state = query.state(TechnicianJobState.class);
    if (state != null) {
      where.and(state.clause());
    }
    if (query.overdue()) {
      where
          .and("(s.clock.pausedAt is null and s.clock.dueAt < :now)")
          .param("now", clock.instant());
    }
    if (query.waitingForMe()) {
      where.and(JOB_WAITING);
    }
    return where;
  }

  /** Every repair of one durable-goods number, newest first (office roles). */
  @RolesAllowed({
    CLERK_NAME,
    STAFF_NAME,
    GROUP_DIRECTOR_NAME,
    DEPUTY_DIRECTOR_NAME,
    DIRECTOR_NAME,
    ADMIN_NAME
  })
  public List<EquipmentRepairRow> history(String assetNumber, int first, int size) {
    return em.createQuery(
            HISTORY_ROW + HISTORY + " order by r.submittedAt desc, r.id desc",
            EquipmentRepairRow.class)
        .setParameter("no", normalised(assetNumber))
        .setFirstResult(first)
        .setMaxResults(size)
        .getResultList();
  }

  @RolesAllowed({
    CLERK_NAME,
    STAFF_NAME,
    GROUP_DIRECTOR_NAME,
    DEPUTY_DIRECTOR_NAME,
    DIRECTOR_NAME,
    ADMIN_NAME
  })
  public long countHistory(String assetNumber) {
    return em.createQuery("select count(j)" + HISTORY, Long.class)
        .setParameter("no", normalised(assetNumber))
        .getSingleResult();
  }

  private RepairJob visibleJob(long requestId, String action, String sourceIp) {
    ServiceRequest r = em.find(ServiceRequest.class, requestId);
    RepairJob job = r == null ? null : em.find(RepairJob.class, requestId);
    if (job == null || !Visibility.maySee(me(), CallerRoles.of(session), r.requester())) {
      audit.refused(
          sourceIp,
          Fact.of(action, requestId, "request " + requestId).detail("request.notVisible"));
      throw new BusinessException("request.notVisible");
    }
    return job;
  }

  private static String normalised(String assetNumber) {
    String no = RepairForm.normalisedAsset(assetNumber);
    return no == null ? "" : no;
  }

  private Map<String, String> names(Set<String> usernames) {
    Map<String, String> out = new HashMap<>();
    if (usernames.isEmpty()) {
      return out;
    }
    em.createQuery(
            "select p.username, p.fullName from Person p where p.username in :u", Object[].class)
        .setParameter("u", usernames)
        .getResultList()
        .forEach(row -> out.put((String) row[0], (String) row[1]));
    return out;
  }

  private String me() {
    return session.getCallerPrincipal().getName();
  }
}
