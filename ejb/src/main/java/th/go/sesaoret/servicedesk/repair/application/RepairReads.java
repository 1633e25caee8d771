package th.go.sesaoret.servicedesk.repair.application;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import th.go.sesaoret.servicedesk.repair.domain.RepairJob;
import th.go.sesaoret.servicedesk.request.domain.Actor;
import th.go.sesaoret.servicedesk.shared.list.ListQuery;

/**
 * What the repair screens read from the database: a request's repair part, the technician's queue
 * and the equipment history (projections paged by the database, within what the viewer may see),
 * the technicians' load. Implemented in {@code repair.infrastructure}; {@link RepairQueries} and
 * {@link RepairOrders} authorise and call it.
 */
public interface RepairReads {
  /** The repair part of a request, or empty for a request of another service. */
  Optional<RepairJob> job(long requestId);

  /**
   * The repair part of a request with its request and work log, when {@code viewer} may see the
   * request (the domain's {@code Visibility}); empty alike for another service's request, one the
   * viewer may not see, or none. One statement.
   */
  Optional<RepairJob> visibleJob(long requestId, Actor viewer);

  /** {@code who}'s repairs at steps 4-5 and vendor jobs free to take, matching {@code query}. */
  List<TechnicianJobRow> myJobs(
      Actor who, ListQuery<TechnicianJobSort> query, Instant now, int first, int size);

  long countMyJobs(Actor who, ListQuery<TechnicianJobSort> query, Instant now);

  /** Every repair of a (normalised) durable-goods number, newest first. */
  List<EquipmentRepairRow> history(Actor who, String assetNumber, int first, int size);

  long countHistory(Actor who, String assetNumber);

  /** Every active DLICT technician, with the open staff steps assigned to them now. */
  List<TechnicianLoad> technicianLoad();
}
