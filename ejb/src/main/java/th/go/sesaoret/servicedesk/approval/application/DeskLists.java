package th.go.sesaoret.servicedesk.approval.application;

import java.util.Collection;
import java.util.List;
import java.util.Set;
import th.go.sesaoret.servicedesk.request.domain.Actor;
import th.go.sesaoret.servicedesk.security.domain.Role;
import th.go.sesaoret.servicedesk.shared.list.ListQuery;

/**
 * The desk's list as the database pages it: running steps of the approval roles {@code roles}
 * (those {@code who} may act as), unassigned or assigned to {@code who}, of requests {@code who}
 * may see. Implemented in {@code approval.infrastructure}.
 */
public interface DeskLists {
  List<DeskRow> waiting(Actor who, Set<Role> roles, ListQuery<DeskSort> query, int first, int size);

  long countWaiting(Actor who, Set<Role> roles, ListQuery<DeskSort> query);

  /** Those of {@code stepIds} that are on {@code who}'s desk now, oldest due first. */
  List<DeskRow> onDesk(Actor who, Set<Role> roles, Collection<Long> stepIds);
}
