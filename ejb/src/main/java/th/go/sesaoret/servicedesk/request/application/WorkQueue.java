package th.go.sesaoret.servicedesk.request.application;

import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import th.go.sesaoret.servicedesk.catalog.domain.ServiceCode;
import th.go.sesaoret.servicedesk.request.domain.RequestStatus;
import th.go.sesaoret.servicedesk.security.domain.Role;
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
          + " where s.finishedAt is null and s.startedAt is not null and s.pausedAt is null"
          + " and r.status = :open and ((s.actingRole in :roles"
          + " and (s.assignee is null or s.assignee = :me)) or s.assignee = :me"
          + " or (s.actingRole = :requesterRole and r.requester = :me))";

  private WorkQueue() {}

  /** A row as the database gives it; the time left is added in Java from the calendar. */
  public record Row(
      Long stepId,
      Long requestId,
      String number,
      ServiceCode service,
      String title,
      Integer stepOrder,
      Role actingRole,
      String assignee,
      Instant startedAt,
      Instant dueAt) {
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
          stepOrder,
          actingRole,
          assignee,
          startedAt,
          dueAt,
          left);
    }
  }

  static List<Row> page(EntityManager em, String me, Set<Role> roles, int first, int size) {
    return bind(
            em.createQuery(
                "select new th.go.sesaoret.servicedesk.request.application.WorkQueue$Row(s.id,"
                    + " r.id, r.number, sv.code, r.title, s.stepOrder, s.actingRole, s.assignee,"
                    + " s.startedAt, s.dueAt)"
                    + FROM
                    + " order by s.dueAt asc nulls last, s.id",
                Row.class),
            me,
            roles)
        .setFirstResult(first)
        .setMaxResults(size)
        .getResultList();
  }

  static long count(EntityManager em, String me, Set<Role> roles) {
    return bind(em.createQuery("select count(s)" + FROM, Long.class), me, roles).getSingleResult();
  }

  private static <T> TypedQuery<T> bind(TypedQuery<T> q, String me, Set<Role> roles) {
    return q.setParameter("open", RequestStatus.OPEN)
        .setParameter("roles", actingRoles(roles))
        .setParameter("me", me)
        .setParameter("requesterRole", Role.REQUESTER);
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
}
