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
import th.go.sesaoret.servicedesk.request.application.MyRequestRow;
import th.go.sesaoret.servicedesk.request.application.MyRequestSort;
import th.go.sesaoret.servicedesk.request.application.RequestQueries;
import th.go.sesaoret.servicedesk.request.domain.RequestStatus;
import th.go.sesaoret.servicedesk.shared.web.ListFilters;
import th.go.sesaoret.servicedesk.shared.web.ListModel;
import th.go.sesaoret.servicedesk.shared.web.Messages;

/**
 * "My requests" (requests/mine.xhtml): the caller's requests, searched, filtered, sorted and paged
 * by the database; newest first unless a column is chosen.
 */
@Named
@ViewScoped
public class MyRequestsBacking implements Serializable {
  private static final long serialVersionUID = 1L;

  @EJB private RequestQueries queries;

  @Inject private ListExports exports;
  @Inject private ServiceNames serviceNames;

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

  /**
   * My requests as the table shows them now, as a file ({@code xlsx}, {@code csv}, {@code pdf}).
   */
  public void export(String format) throws IOException {
    exports.send(
        format,
        model,
        filters,
        "request.web.mine.title",
        "my-requests",
        List.of(
            Column.text(Messages.text("request.web.number"), 1.4f, MyRequestRow::number),
            Column.text(Messages.text("request.web.title"), 4, MyRequestRow::title),
            Column.text(
                Messages.text("request.web.service"),
                2,
                (MyRequestRow r) -> serviceNames.of(r.service())),
            Column.text(
                Messages.text("request.web.status"),
                1.8f,
                (MyRequestRow r) -> Messages.text("request.status." + r.status().name())),
            Column.dateTime(Messages.text("request.web.submittedAt"), MyRequestRow::submittedAt),
            Column.text(
                Messages.text("request.web.currentStep"),
                2,
                (MyRequestRow r) ->
                    r.currentStep() == null || r.status().isFinished()
                        ? null
                        : Messages.text("request.web.stepOf", r.currentStep())
                            + (r.currentRole() == null
                                ? ""
                                : " " + Messages.text(r.currentRole().labelKey()))),
            Column.dateTime(Messages.text("request.web.due"), MyRequestRow::currentDue),
            Column.dateTime(Messages.text("export.finishedAt"), MyRequestRow::finishedAt)));
  }
}
