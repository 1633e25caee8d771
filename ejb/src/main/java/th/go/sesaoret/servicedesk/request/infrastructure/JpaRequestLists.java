package th.go.sesaoret.servicedesk.request.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import th.go.sesaoret.servicedesk.request.application.MyRequestRow;
import th.go.sesaoret.servicedesk.request.application.MyRequestSort;
import th.go.sesaoret.servicedesk.request.application.RequestLists;
import th.go.sesaoret.servicedesk.request.application.WorkQueue;
import th.go.sesaoret.servicedesk.request.application.WorkQueueSort;
import th.go.sesaoret.servicedesk.request.domain.Actor;
import th.go.sesaoret.servicedesk.request.domain.RequestStatus;
import th.go.sesaoret.servicedesk.request.domain.Visibility;
import th.go.sesaoret.servicedesk.security.domain.Role;
import th.go.sesaoret.servicedesk.shared.list.ListClauses;
import th.go.sesaoret.servicedesk.shared.list.ListQuery;

/**
 * "My requests" and the work queue in JPQL, searched, filtered and sorted by the database, each
 * page in one statement and its count in another. A page finds its ids first, in a subquery that
 * joins only what its filters and its order need (the queue's default order reads the running
 * steps' index alone, ix_step_running), then joins the request, its service and its people for
 * those rows only; a count joins nothing it does not filter on.
 */
@ApplicationScoped
public class JpaRequestLists implements RequestLists {
  private static final String MINE_JOINS =
      " join r.version v join v.service sv"
          + " left join StepInstance cur on cur.request = r and cur.stepOrder = r.currentStep"
          + " left join Person p on p.username = r.requester";

  /** A correction of one's own, or a running step of one's own (the requester's). */
  private static final String MINE_WAITING =
      "((r.status = :returned and r.requester = :me) or (r.status = :open"
          + " and cur.clock.finishedAt is null and cur.clock.startedAt is not null and cur.clock.pausedAt is null"
          + " and cur.actingRole = :requesterRole and r.requester = :me))";

  private static final String MINE_OVERDUE =
      "(r.status = :open and cur.clock.finishedAt is null and cur.clock.pausedAt is null and cur.clock.dueAt < :now)";

  /**
   * A step that runs: started, neither finished nor paused (PostgreSQL: the partial index
   * ix_step_running holds just these). Its request is open: the engine runs a step only while its
   * request is (a return pauses it, an end finishes it), so the queue needs no scan of the open
   * requests.
   */
  private static final String RUNNING =
      "s.clock.startedAt is not null and s.clock.finishedAt is null and s.clock.pausedAt is null";

  /** A requester step of the caller's own request, by the request's id (no join of requests). */
  private static final String OWN_REQUESTER_STEP =
      "(s.actingRole = :requesterRole and s.request.id in"
          + " (select mine.id from ServiceRequest mine where mine.requester = :me))";

  private static final String QUEUE_JOINS =
      " join s.request r join r.version v join v.service sv"
          + " left join Person p on p.username = r.requester";

  private static final String QUEUE_WHERE =
      " where "
          + RUNNING
          + " and ((s.actingRole in :roles and (s.assignee is null or s.assignee = :me))"
          + " or s.assignee = :me or "
          + OWN_REQUESTER_STEP
          + ")";

  /**
   * The caller's own steps: of a role the caller holds or acts for today (not the steps the
   * director only oversees), assigned to the caller, or the caller's own requester steps.
   */
  private static final String QUEUE_WAITING =
      "((s.actingRole in :own and (s.assignee is null or s.assignee = :me)) or s.assignee = :me"
          + " or "
          + OWN_REQUESTER_STEP
          + ")";

  @PersistenceContext private EntityManager em;

  @Override
  public List<MyRequestRow> myRequests(
      String me, ListQuery<MyRequestSort> query, Instant now, int first, int size) {
    ListClauses where = mine(me, query, now).param("first", first).param("size", size);
    String ids =
        "select r.id from ServiceRequest r"
            + (mineJoined(query) ? MINE_JOINS : "")
            + where.where()
            + query.orderBy("r.id desc")
            + " limit :size offset :first";
    return where
        .bind(
            em.createQuery(
                "select new th.go.sesaoret.servicedesk.request.application.MyRequestRow(r.id,"
                    + " r.number, sv.code, r.title, r.status, r.submittedAt, r.finishedAt,"
                    + " r.currentStep, cur.actingRole, cur.clock.dueAt, case when "
                    + MINE_WAITING
                    + " then true else false end) from ServiceRequest r"
                    + MINE_JOINS
                    + " where r.id in ("
                    + ids
                    + ")"
                    + query.orderBy("r.id desc"),
                MyRequestRow.class))
        .getResultList();
  }

  @Override
  public long countMyRequests(String me, ListQuery<MyRequestSort> query, Instant now) {
    ListClauses where = mine(me, query, now);
    return where
        .bind(
            em.createQuery(
                "select count(r) from ServiceRequest r"
                    + (mineJoined(query) ? MINE_JOINS : "")
                    + where.where(),
                Long.class))
        .getSingleResult();
  }

  /** The requests' own columns answer the viewer's requests in the default order. */
  private static boolean mineJoined(ListQuery<MyRequestSort> query) {
    return query.searches()
        || query.service() != null
        || query.overdue()
        || query.waitingForMe()
        || !query.sort().ofRequest();
  }

  private static ListClauses mine(String me, ListQuery<MyRequestSort> query, Instant now) {
    ListClauses where =
        new ListClauses(" where " + VisibleRequests.own("r"))
            .search(query)
            .param("viewer", me)
            .param("me", me)
            .param("open", RequestStatus.OPEN)
            .param("returned", RequestStatus.RETURNED)
            .param("requesterRole", Role.REQUESTER)
            .param("now", now);
    if (query.service() != null) {
      where.and("sv.code = :service").param("service", query.service());
    }
    RequestStatus status = query.state(RequestStatus.class);
    if (status != null) {
      where.and("r.status = :status").param("status", status);
    }
    if (query.overdue()) {
      where.and(MINE_OVERDUE);
    }
    if (query.waitingForMe()) {
      where.and(MINE_WAITING);
    }
    return where;
  }

  @Override
  public long countWaitingForMe(String me) {
    return em.createQuery(
            "select count(r) from ServiceRequest r"
                + " left join StepInstance cur on cur.request = r and cur.stepOrder = r.currentStep"
                + " where "
                + MINE_WAITING,
            Long.class)
        .setParameter("me", me)
        .setParameter("open", RequestStatus.OPEN)
        .setParameter("returned", RequestStatus.RETURNED)
        .setParameter("requesterRole", Role.REQUESTER)
        .getSingleResult();
  }

  @Override
  public List<WorkQueue.Row> workQueue(
      Actor who, ListQuery<WorkQueueSort> query, Instant now, int first, int size) {
    ListClauses where = queue(who, query, now).param("first", first).param("size", size);
    String ids =
        "select s.id from StepInstance s"
            + (queueJoined(who, query) || !query.sort().ofStep() ? QUEUE_JOINS : "")
            + where.where()
            + query.orderBy("s.id")
            + " limit :size offset :first";
    return where
        .bind(
            em.createQuery(
                "select new th.go.sesaoret.servicedesk.request.application.WorkQueue$Row(s.id,"
                    + " r.id, r.number, sv.code, r.title, p.fullName, s.stepOrder, s.actingRole,"
                    + " s.assignee, s.clock.startedAt, s.clock.dueAt,"
                    + " case when s.clock.bookedDue is not null then true else false end, case when "
                    + QUEUE_WAITING
                    + " then true else false end) from StepInstance s"
                    + QUEUE_JOINS
                    + " where s.id in ("
                    + ids
                    + ")"
                    + query.orderBy("s.id"),
                WorkQueue.Row.class))
        .getResultList();
  }

  @Override
  public long countWorkQueue(Actor who, ListQuery<WorkQueueSort> query, Instant now) {
    ListClauses where = queue(who, query, now);
    return where
        .bind(
            em.createQuery(
                "select count(s) from StepInstance s"
                    + (queueJoined(who, query) ? QUEUE_JOINS : "")
                    + where.where(),
                Long.class))
        .getSingleResult();
  }

  /** The steps' own columns answer the queue unless a search, a service or visibility asks more. */
  private static boolean queueJoined(Actor who, ListQuery<WorkQueueSort> query) {
    return query.searches() || query.service() != null || !Visibility.seesAll(who);
  }

  private static ListClauses queue(Actor who, ListQuery<WorkQueueSort> query, Instant now) {
    Set<Role> held = WorkQueue.held(who);
    ListClauses where =
        new ListClauses(QUEUE_WHERE)
            .search(query)
            .param("roles", WorkQueue.actingRoles(held))
            .param("own", WorkQueue.ownRoles(held))
            .param("me", who.username())
            .param("requesterRole", Role.REQUESTER);
    VisibleRequests.restrict(where, "r", who);
    if (query.service() != null) {
      where.and("sv.code = :service").param("service", query.service());
    }
    if (query.overdue()) {
      where.and("s.clock.dueAt < :now").param("now", now);
    }
    if (query.waitingForMe()) {
      where.and(QUEUE_WAITING);
    }
    return where;
  }
}
