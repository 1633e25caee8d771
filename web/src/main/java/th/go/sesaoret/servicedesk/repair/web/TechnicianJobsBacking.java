package th.go.sesaoret.servicedesk.repair.web;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import th.go.sesaoret.servicedesk.repair.application.RepairQueries;
import th.go.sesaoret.servicedesk.repair.application.TechnicianJobRow;
import th.go.sesaoret.servicedesk.shared.web.PagedModel;

/** The technician's queue (repairs/jobs.xhtml): repairs at step 4 or 5 that are theirs. */
@Named
@ViewScoped
public class TechnicianJobsBacking implements Serializable {
  private static final long serialVersionUID = 1L;

  @EJB private RepairQueries queries;

  private final PagedModel<TechnicianJobRow> model =
      new PagedModel<>(this::count, this::page, TechnicianJobRow::requestId);

  private long count(String filter) {
    return queries.countMyJobs();
  }

  private List<TechnicianJobRow> page(String filter, int first, int size) {
    return queries.myJobs(first, size);
  }

  public PagedModel<TechnicianJobRow> getModel() {
    return model;
  }
}
