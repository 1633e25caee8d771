package th.go.sesaoret.servicedesk.request.application;

import java.time.Instant;
import java.util.EnumSet;
import java.util.Set;
import th.go.sesaoret.servicedesk.catalog.domain.ServiceCode;
import th.go.sesaoret.servicedesk.request.domain.Actor;
import th.go.sesaoret.servicedesk.security.domain.Role;
import th.go.sesaoret.servicedesk.sla.domain.BusinessCalendar;

/**
 * The work queue's rules: open, unpaused steps of open requests whose role the caller holds (the
 * director also sees deputy and group director steps), unassigned or assigned to the caller, plus
 * steps assigned to the caller and the caller's own requester steps; a step waits for the caller
 * when it is of a role the caller holds (not one only overseen). The query is {@link
 * RequestLists#workQueue}; the time left is worked out here, in office time.
 */
public final class WorkQueue {
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
      boolean booked,
      boolean waitingForMe) {
    /**
     * The row with its time left: office time to the due time, or clock time for a step on a
     * booking (a meeting's set-up at 08:00 or on a Saturday is due then, office hours or not).
     */
    public WorkItem withTimeLeft(BusinessCalendar calendar, Instant now) {
      Long left = null;
      if (dueAt != null && booked) {
        left = java.time.Duration.between(now, dueAt).toMinutes();
      } else if (dueAt != null) {
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

  /** The roles {@code who} works in: own roles and today's acting roles. */
  public static Set<Role> held(Actor who) {
    Set<Role> roles = EnumSet.noneOf(Role.class);
    roles.addAll(who.roles());
    roles.addAll(who.actingRoles());
    return roles;
  }

  /** Roles whose steps the caller works on; never empty (ADMIN steps do not exist). */
  public static Set<Role> actingRoles(Set<Role> held) {
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
  public static Set<Role> ownRoles(Set<Role> held) {
    Set<Role> roles = EnumSet.copyOf(EnumSet.of(Role.ADMIN));
    roles.addAll(held);
    roles.remove(Role.REQUESTER);
    return roles;
  }
}
