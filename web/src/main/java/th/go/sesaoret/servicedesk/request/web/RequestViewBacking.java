package th.go.sesaoret.servicedesk.request.web;

import jakarta.ejb.EJB;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletResponse;
import java.io.ByteArrayInputStream;
import java.io.Serializable;
import java.util.List;
import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.StreamedContent;
import th.go.sesaoret.servicedesk.request.application.AttachmentDownload;
import th.go.sesaoret.servicedesk.request.application.AttachmentInfo;
import th.go.sesaoret.servicedesk.request.application.HistoryLine;
import th.go.sesaoret.servicedesk.request.application.RequestDetail;
import th.go.sesaoret.servicedesk.request.application.RequestQueries;
import th.go.sesaoret.servicedesk.request.application.RequestTrail;
import th.go.sesaoret.servicedesk.request.application.TimelineStep;
import th.go.sesaoret.servicedesk.request.domain.StepAction;
import th.go.sesaoret.servicedesk.shared.BusinessException;
import th.go.sesaoret.servicedesk.shared.web.Callers;
import th.go.sesaoret.servicedesk.shared.web.LocaleBacking;
import th.go.sesaoret.servicedesk.shared.web.Messages;
import th.go.sesaoret.servicedesk.shared.web.PagedModel;

/**
 * A request's page (requests/view.xhtml?id=): content, attachments, timeline, signatures, history,
 * and what the caller may do now. The service decides what the caller may do ({@link
 * RequestDetail#may}); this only shows the panel for it. A request that does not exist and one the
 * caller may not see get the same page with HTTP 404.
 */
@Named
@ViewScoped
public class RequestViewBacking implements Serializable {
  private static final long serialVersionUID = 1L;

  /** Where an action's outcome is shown: the action area, next to the panel acted on. */
  public static final String ACTION_MESSAGES = "requestAction";

  @EJB private RequestQueries queries;
  @EJB private RequestTrail trail;
  @Inject private LocaleBacking locale;

  private String id;
  private RequestDetail detail;
  private boolean historyShown;
  private final PagedModel<HistoryLine> history =
      new PagedModel<>(
          f -> countHistory(), (f, first, size) -> history(first, size), HistoryLine::id);

  /** The view action: loads the request, or answers 404 with one message (never the stack). */
  public void load() {
    detail = null;
    try {
      detail = queries.request(parsedId(), locale.getLocale(), Callers.ip());
    } catch (BusinessException e) {
      FacesContext faces = FacesContext.getCurrentInstance();
      if (!faces.isPostback()) {
        faces.getExternalContext().setResponseStatus(HttpServletResponse.SC_NOT_FOUND);
      }
      // the same words whether it does not exist or is not the caller's: ids cannot be probed
      Messages.error("request.web.view.unavailable");
    }
  }

  /** After an action: the request as it is now. */
  void reload() {
    if (detail != null) {
      load();
    }
  }

  private long parsedId() {
    try {
      return Long.parseLong(id == null ? "" : id.strip());
    } catch (NumberFormatException e) {
      throw new BusinessException("request.notFound");
    }
  }

  private long countHistory() {
    return detail == null ? 0 : trail.countHistory(detail.id(), Callers.ip());
  }

  private List<HistoryLine> history(int first, int size) {
    return detail == null
        ? List.of()
        : trail.history(detail.id(), locale.getLocale(), Callers.ip(), first, size);
  }

  /** The request's history, worded, paged by the database. */
  public PagedModel<HistoryLine> getHistory() {
    return history;
  }

  /** The history is read once its panel is opened, not with every view of the page. */
  public boolean isHistoryShown() {
    return historyShown;
  }

  /** The history panel was opened (or closed again: it stays loaded). */
  public void showHistory() {
    historyShown = true;
  }

  /** The running step: started, no outcome yet. */
  public TimelineStep getCurrentStep() {
    if (detail == null) {
      return null;
    }
    return detail.timeline().stream()
        .filter(s -> s.outcome() == null && s.startedAt() != null)
        .findFirst()
        .orElse(null);
  }

  /** The caller may do {@code action} now, as the service says (e.g. {@code 'APPROVE'}). */
  public boolean may(String action) {
    return detail != null && detail.may(StepAction.valueOf(action));
  }

  /**
   * The engine's panel for the running step: shown when the caller may act on it and the service
   * has no panel of its own for this step.
   */
  public boolean isStepPanel() {
    return detail != null
        && !detail.ownPanel()
        && (may("COMPLETE") || may("APPROVE") || may("REJECT") || may("RETURN"));
  }

  /** The running step is an approval (signed with the password entered again). */
  public boolean isApprovalStep() {
    return may("APPROVE") || may("REJECT");
  }

  /** An attachment's bytes, always served as a download. */
  public StreamedContent download(AttachmentInfo file) {
    try {
      AttachmentDownload a = queries.attachment(file.id(), Callers.ip());
      byte[] bytes = a.content();
      return DefaultStreamedContent.builder()
          .name(a.filename())
          .contentType("application/octet-stream")
          .contentLength((long) bytes.length)
          .stream(() -> new ByteArrayInputStream(bytes))
          .build();
    } catch (BusinessException e) {
      Messages.error(e);
      return null;
    }
  }

  public String getId() {
    return id;
  }

  public void setId(String id) {
    this.id = id;
  }

  public RequestDetail getDetail() {
    return detail;
  }
}
