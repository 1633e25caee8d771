package th.go.sesaoret.servicedesk.dashboard.application;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import th.go.sesaoret.servicedesk.dashboard.domain.OnTimeRate;
import th.go.sesaoret.servicedesk.request.domain.RequestStatus;
import th.go.sesaoret.servicedesk.security.domain.Role;

/** The dashboards' aggregate statements, one per card (infrastructure: native SQL). */
public interface DashboardQueries {
  /** Running, unpaused steps of {@code roles}, unassigned or assigned to {@code me}. */
  Pending pending(Set<Role> roles, String me);

  /** Requests submitted in [{@code start}, {@code end}) per service, every service listed. */
  List<CountBar> volume(Instant start, Instant end, Locale locale);

  /** The {@code size} running, unpaused, timed steps furthest past their due time. */
  List<SlowRequest> slowest(int size, Instant now, Locale locale);

  /** Running steps of {@code serviceCode} per step: open, paused, overdue at {@code now}. */
  List<BacklogRow> backlog(String serviceCode, Instant now, Locale locale);

  /** [queue, overdue, due before {@code endOfDay}] of {@code me}'s own running steps. */
  long[] queue(Set<Role> own, String me, Instant now, Instant endOfDay);

  /**
   * Steps {@code me} finished (cancellations left out), on time or late: [0] in the month [{@code
   * monthStart}, {@code monthEnd}), [1] in the year [{@code yearStart}, {@code yearEnd}); the month
   * lies within the year.
   */
  OnTimeRate[] finishedBy(
      String me, Instant yearStart, Instant yearEnd, Instant monthStart, Instant monthEnd);

  /** {@code requester}'s requests per status. */
  List<StatusCount> byStatus(String requester);

  /** A requester's count of one status. */
  record StatusCount(RequestStatus status, long count) implements java.io.Serializable {}
}
