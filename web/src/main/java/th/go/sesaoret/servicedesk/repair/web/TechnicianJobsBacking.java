package th.go.sesaoret.servicedesk.repair.web;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.util.List;
import th.go.sesaoret.servicedesk.export.domain.Column;
import th.go.sesaoret.servicedesk.export.web.ListExports;
import th.go.sesaoret.servicedesk.repair.application.RepairQueries;
import th.go.sesaoret.servicedesk.repair.application.TechnicianJobRow;
import th.go.sesaoret.servicedesk.repair.application.TechnicianJobSort;
import th.go.sesaoret.servicedesk.repair.application.TechnicianJobState;
import th.go.sesaoret.servicedesk.repair.domain.Labelled;
import th.go.sesaoret.servicedesk.shared.Wording;
import th.go.sesaoret.servicedesk.shared.web.ListFilters;
import th.go.sesaoret.servicedesk.shared.web.ListModel;
import th.go.sesaoret.servicedesk.shared.web.LocaleBacking;
import th.go.sesaoret.servicedesk.shared.web.Messages;

/**
 * The technician's queue (repairs/jobs.xhtml): repairs at step 4 or 5 that are theirs, searched,
 * filtered by the job's state, sorted and paged by the database; soonest due first by default.
 */
@Named
@ViewScoped
public class TechnicianJobsBacking implements Serializable {
  private static final long serialVersionUID = 1L;

  @EJB private RepairQueries queries;

  @Inject private ListExports exports;
  @Inject private LocaleBacking locale;

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

  /** My jobs as the table shows them now, as a file ({@code xlsx}, {@code csv}, {@code pdf}). */
  public void export(String format) throws IOException {
    exports.send(
        format,
        model,
        filters,
        "repair.web.jobs.title",
        "repair-jobs",
        List.of(
            Column.text(Messages.text("request.web.number"), 1.4f, TechnicianJobRow::number),
            Column.text(Messages.text("request.web.title"), 4, TechnicianJobRow::title),
            Column.text(Messages.text("list.requester"), 2.2f, TechnicianJobRow::requesterName),
            Column.text(
                Messages.text("repair.web.urgency"),
                1.4f,
                (TechnicianJobRow j) ->
                    j.urgency() == null
                        ? null
                        : Wording.of(Labelled.BUNDLE, locale.getLocale())
                            .text(j.urgency().labelKey())),
            Column.text(
                Messages.text("repair.web.location"),
                2.2f,
                (TechnicianJobRow j) -> j.building() + " · " + j.room()),
            Column.text(
                Messages.text("request.web.queue.step"),
                2,
                (TechnicianJobRow j) ->
                    Messages.text(
                        j.reporting() ? "repair.web.jobs.step5" : "repair.web.jobs.step4")),
            Column.dateTime(Messages.text("request.web.due"), TechnicianJobRow::dueAt),
            Column.text(
                Messages.text("repair.web.jobs.state"),
                1.8f,
                (TechnicianJobRow j) ->
                    j.held()
                        ? Messages.text("repair.web.jobs.held")
                        : !j.accepted() && !j.reporting()
                            ? Messages.text("repair.web.jobs.notAccepted")
                            : null)));
  }
}
