package th.go.sesaoret.servicedesk.repair.web;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import th.go.sesaoret.servicedesk.repair.application.RepairQueries;
import th.go.sesaoret.servicedesk.repair.application.TechnicianJobRow;
import th.go.sesaoret.servicedesk.repair.application.TechnicianJobSort;
import th.go.sesaoret.servicedesk.repair.application.TechnicianJobState;
import th.go.sesaoret.servicedesk.shared.web.ListFilters;
import th.go.sesaoret.servicedesk.shared.web.ListModel;

/**
 * The technician's queue (repairs/jobs.xhtml): repairs at step 4 or 5 that are theirs, searched,
 * filtered by the job's state, sorted and paged by the database; soonest due first by default.
 */
@Named
@ViewScoped
public class TechnicianJobsBacking implements Serializable {
  private static final long serialVersionUID = 1L;

  @EJB private RepairQueries queries;

  private final ListFilters filters = new ListFilters(TechnicianJobState.class);
  private final ListModel<TechnicianJobRow, TechnicianJobSort> model =
      new ListModel<>(
          TechnicianJobSort.class,
          () -> filters.query(TechnicianJobSort.DUE, true),
          query -> queries.countMyJobs(query),
          (query, page) -> queries.myJobs(query, page),
          TechnicianJobRow::requestId);

  public ListModel<TechnicianJobRow, TechnicianJobSort> getModel() {
    return model;
  }

  public ListFilters getFilters() {
    return filters;
  }
}
