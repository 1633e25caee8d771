package th.go.sesaoret.servicedesk.request.application;

import java.time.Instant;
import java.util.List;
import th.go.sesaoret.servicedesk.request.domain.Actor;
import th.go.sesaoret.servicedesk.shared.list.ListQuery;

/**
 * The request lists as the database pages them (projections, one query a page and one for the
 * count): "My requests" and the work queue. Implemented in {@code request.infrastructure}; the
 * services ({@link RequestQueries}, later the reports and the REST API) authorise and call it.
 */
public interface RequestLists {
  /** The requests {@code me} filed or that were filed for them, matching {@code query}. */
  List<MyRequestRow> myRequests(
      String me, ListQuery<MyRequestSort> query, Instant now, int first, int size);

  long countMyRequests(String me, ListQuery<MyRequestSort> query, Instant now);

  /** How many of {@code me}'s own requests wait for them: a step of theirs, or a correction. */
  long countWaitingForMe(String me);

  /** The steps waiting for {@code who}'s roles or assigned to them (see {@link WorkQueue}). */
  List<WorkQueue.Row> workQueue(
      Actor who, ListQuery<WorkQueueSort> query, Instant now, int first, int size);

  long countWorkQueue(Actor who, ListQuery<WorkQueueSort> query, Instant now);
}
