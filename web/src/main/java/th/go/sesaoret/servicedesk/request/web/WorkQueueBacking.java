package th.go.sesaoret.servicedesk.request.web;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import th.go.sesaoret.servicedesk.request.application.RequestQueries;
import th.go.sesaoret.servicedesk.request.application.WorkItem;
import th.go.sesaoret.servicedesk.shared.web.PagedModel;

/** The work queue (requests/queue.xhtml): steps waiting for the caller, oldest due first. */
@Named
@ViewScoped
public class WorkQueueBacking implements Serializable {
  private static final long serialVersionUID = 1L;

  @EJB private RequestQueries queries;

  private final PagedModel<WorkItem> model =
      new PagedModel<>(this::count, this::page, WorkItem::stepId);

  private long count(String filter) {
    return queries.countWorkQueue();
  }

  private List<WorkItem> page(String filter, int first, int size) {
    return queries.workQueue(first, size);
  }

  public PagedModel<WorkItem> getModel() {
    return model;
  }
}
