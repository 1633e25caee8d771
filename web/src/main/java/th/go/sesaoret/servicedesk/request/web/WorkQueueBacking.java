package th.go.sesaoret.servicedesk.request.web;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import th.go.sesaoret.servicedesk.request.application.RequestQueries;
import th.go.sesaoret.servicedesk.request.application.WorkItem;
import th.go.sesaoret.servicedesk.request.application.WorkQueueSort;
import th.go.sesaoret.servicedesk.shared.web.ListFilters;
import th.go.sesaoret.servicedesk.shared.web.ListModel;

/**
 * The work queue (requests/queue.xhtml): steps waiting for the caller, searched, filtered, sorted
 * and paged by the database; soonest due first unless a column is chosen. Every request in it is
 * running, so it has no state filter.
 */
@Named
@ViewScoped
public class WorkQueueBacking implements Serializable {
  private static final long serialVersionUID = 1L;

  @EJB private RequestQueries queries;

  private final ListFilters filters = new ListFilters(null);
  private final ListModel<WorkItem, WorkQueueSort> model =
      new ListModel<>(
          WorkQueueSort.class,
          () -> filters.query(WorkQueueSort.DUE, true),
          query -> queries.countWorkQueue(query),
          (query, page) -> queries.workQueue(query, page),
          WorkItem::stepId);

  public ListModel<WorkItem, WorkQueueSort> getModel() {
    return model;
  }

  public ListFilters getFilters() {
    return filters;
  }
}
