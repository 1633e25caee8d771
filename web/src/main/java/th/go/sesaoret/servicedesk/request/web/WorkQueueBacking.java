package th.go.sesaoret.servicedesk.request.web;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.util.List;
import th.go.sesaoret.servicedesk.catalog.web.ServiceNames;
import th.go.sesaoret.servicedesk.export.domain.Column;
import th.go.sesaoret.servicedesk.export.web.ListExports;
import th.go.sesaoret.servicedesk.request.application.RequestQueries;
import th.go.sesaoret.servicedesk.request.application.WorkItem;
import th.go.sesaoret.servicedesk.request.application.WorkQueueSort;
import th.go.sesaoret.servicedesk.shared.web.ListFilters;
import th.go.sesaoret.servicedesk.shared.web.ListModel;
import th.go.sesaoret.servicedesk.shared.web.Messages;

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

  @Inject private ListExports exports;
  @Inject private ServiceNames serviceNames;

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

  /** The queue as the table shows it now, as a file ({@code xlsx}, {@code csv}, {@code pdf}). */
  public void export(String format) throws IOException {
    exports.send(
        format,
        model,
        filters,
        "request.web.queue.title",
        "work-queue",
        List.of(
            Column.text(Messages.text("request.web.number"), 1.4f, WorkItem::number),
            Column.text(Messages.text("request.web.title"), 4, WorkItem::title),
            Column.text(Messages.text("list.requester"), 2.2f, WorkItem::requesterName),
            Column.text(
                Messages.text("request.web.service"),
                2,
                (WorkItem w) -> serviceNames.of(w.service())),
            Column.text(
                Messages.text("request.web.queue.step"),
                2,
                (WorkItem w) ->
                    Messages.text("request.web.stepOf", w.stepOrder())
                        + (w.actingRole() == null
                            ? ""
                            : " " + Messages.text(w.actingRole().labelKey()))),
            Column.dateTime(Messages.text("export.startedAt"), WorkItem::startedAt),
            Column.dateTime(Messages.text("request.web.due"), WorkItem::dueAt),
            Column.integer(Messages.text("export.minutesLeft"), WorkItem::minutesLeft)));
  }
}
