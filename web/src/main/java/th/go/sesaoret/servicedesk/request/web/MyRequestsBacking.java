package th.go.sesaoret.servicedesk.request.web;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import th.go.sesaoret.servicedesk.request.application.MyRequestRow;
import th.go.sesaoret.servicedesk.request.application.RequestQueries;
import th.go.sesaoret.servicedesk.shared.web.PagedModel;

/** "My requests" (requests/mine.xhtml): the caller's requests, newest first, paged. */
@Named
@ViewScoped
public class MyRequestsBacking implements Serializable {
  private static final long serialVersionUID = 1L;

  @EJB private RequestQueries queries;

  private final PagedModel<MyRequestRow> model =
      new PagedModel<>(this::count, this::page, MyRequestRow::id);

  private long count(String filter) {
    return queries.countMyRequests();
  }

  private List<MyRequestRow> page(String filter, int first, int size) {
    return queries.myRequests(first, size);
  }

  public PagedModel<MyRequestRow> getModel() {
    return model;
  }
}
