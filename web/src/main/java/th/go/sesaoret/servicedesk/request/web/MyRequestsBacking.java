package th.go.sesaoret.servicedesk.request.web;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import th.go.sesaoret.servicedesk.request.application.MyRequestRow;
import th.go.sesaoret.servicedesk.request.application.MyRequestSort;
import th.go.sesaoret.servicedesk.request.application.RequestQueries;
import th.go.sesaoret.servicedesk.request.domain.RequestStatus;
import th.go.sesaoret.servicedesk.shared.web.ListFilters;
import th.go.sesaoret.servicedesk.shared.web.ListModel;

/**
 * "My requests" (requests/mine.xhtml): the caller's requests, searched, filtered, sorted and paged
 * by the database; newest first unless a column is chosen.
 */
@Named
@ViewScoped
public class MyRequestsBacking implements Serializable {
  private static final long serialVersionUID = 1L;

  @EJB private RequestQueries queries;

  private final ListFilters filters = new ListFilters(RequestStatus.class);
  private final ListModel<MyRequestRow, MyRequestSort> model =
      new ListModel<>(
          MyRequestSort.class,
          () -> filters.query(MyRequestSort.SUBMITTED, false),
          query -> queries.countMyRequests(query),
          (query, page) -> queries.myRequests(query, page),
          MyRequestRow::id);

  public ListModel<MyRequestRow, MyRequestSort> getModel() {
    return model;
  }

  public ListFilters getFilters() {
    return filters;
  }
}
