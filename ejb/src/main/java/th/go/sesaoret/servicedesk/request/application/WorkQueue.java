package th.go.sesaoret.servicedesk.request.application;

import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import th.go.sesaoret.servicedesk.catalog.domain.ServiceCode;
import th.go.sesaoret.servicedesk.request.domain.RequestStatus;
import th.go.sesaoret.servicedesk.security.domain.Role;
import th.go.sesaoret.servicedesk.shared.list.ListClauses;
import th.go.sesaoret.servicedesk.shared.list.ListQuery;
import th.go.sesaoret.servicedesk.sla.domain.BusinessCalendar;

/**
 * The work-queue query: open, unpaused steps of open requests whose role the caller holds (the
 * director also sees deputy and group director steps), unassigned or assigned to the caller, plus
 * steps assigned to the caller and the caller's own requester steps. One query on the index
 * ix_step_open (finished_at, acting_role, due_at), with a projection.
 */
public final class WorkQueue {
  private static final String FROM =
      " from StepInstance s join s.request r join r.version v join v.service sv"
          + " left join Person p on p.username = r.requester";
  private static final String WHERE =
      " where s.clock.finishedAt is null and s.clock.startedAt is not null"
          + " and s.clock.pausedAt is null"
          + " and r.status = :open and ((s.actingRole in :roles"
          + " and (s.assignee is null or s.assignee = :me)) or s.assignee = :me"
          + " or (s.actingRole = :requesterRole and r.requester = :me))";

  /**
   * The caller's own steps: of a role the caller holds or acts for today (not the steps the
   * director only oversees), assigned to the caller, or the caller's own requester steps.
   */
  private static final String WAITING =
      "((s.actingRole in :own and (s.assignee is null or s.assignee = :me)) or s.assignee = :me"
          + " or (s.actingRole = :requesterRole and r.requester = :me))";

  private WorkQueue() {}

  /** A row as the database gives it; the time left is added in Java from the calendar. */
  public record Row(
      Long stepId,
      Long requestId,
      String number,
      ServiceCode service,
      String title,
      String requesterName,
      Integer stepOrder,
      Role actingRole,
      String assignee,
      Instant startedAt,
      Instant dueAt,
      boolean waitingForMe) {
    WorkItem withTimeLeft(BusinessCalendar calendar, Instant now) {
      Long left = null;
      if (dueAt != null) {
        long late = calendar.minutesLate(dueAt, now);
        left = late > 0 ? -late : calendar.workingTimeBetween(now, dueAt).toMinutes();
      }
      return new WorkItem(
          stepId,
          requestId,
          number,
          service,
          title,
          requesterName,
          stepOrder,
          actingRole,
          assignee,
          startedAt,
          dueAt,
          left,
          waitingForMe);
    }
  }

  static List<Row> page(
      EntityManager em,
      String me,
      Set<Role> held,
      ListQuery<WorkQueueSort> query,
      Instant now,
      int first,
      int size) {
    ListClauses where = where(me, held, query, now);
    return where
        .bind(
            em.createQuery(
                "select new th.go.sesaoret.servicedesk.request.application.WorkQueue$Row(s.id,"
                    + " r.id, r.number, sv.code, r.title, p.fullName, s.stepOrder, s.actingRole,"
                    + " s.assignee, s.clock.startedAt, s.clock.dueAt, case when "
                    + WAITING
                    + " then true else false end)"
                    + FROM
                    + where.where()
                    + query.orderBy("s.id"),
                Row.class))
        .setFirstResult(first)
        .setMaxResults(size)
        .getResultList();
  }

  static long count(
      EntityManager em, String me, Set<Role> held, ListQuery<WorkQueueSort> query, Instant now) {
    ListClauses where = where(me, held, query, now);
    return where
        .bind(em.createQuery("select count(s)" + FROM + where.where(), Long.class))
        .getSingleResult();
  }

  private static ListClauses where(
      String me, Set<Role> held, ListQuery<WorkQueueSort> query, Instant now) {
    ListClauses where =
        new ListClauses(WHERE)
            .search(query)
            .param("open", RequestStatus.OPEN)
            .param("roles", actingRoles(held))
            .param("own", ownRoles(held))
            .param("me", me)
            .param("requesterRole", Role.REQUESTER);
    if (query.service() != null) {
      where.and("sv.code = :service").param("service", query.service());
    }
    if (query.overdue()) {
      where.and("s.clock.dueAt < :now").param("now", now);
    }
    if (query.waitingForMe()) {
      where.and(WAITING);
    }
    return where;
  }

  /** Roles whose steps the caller works on; never empty (ADMIN steps do not exist). */
  static Set<Role> actingRoles(Set<Role> held) {
    Set<Role> roles = EnumSet.copyOf(EnumSet.of(Role.ADMIN));
    roles.addAll(held);
    if (held.contains(Role.DIRECTOR)) {
      roles.add(Role.DEPUTY_DIRECTOR);
      roles.add(Role.GROUP_DIRECTOR);
    }
    roles.remove(Role.REQUESTER);
    return roles;
  }

  /** Roles whose steps are the caller's own: those held, not those overseen; never empty. */
  static Set<Role> ownRoles(Set<Role> held) {
    Set<Role> roles = EnumSet.copyOf(EnumSet.of(Role.ADMIN));
    roles.addAll(held);
    roles.remove(Role.REQUESTER);
    return roles;
  }
}
