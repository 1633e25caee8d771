package th.go.sesaoret.servicedesk.request.web;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.ByteArrayInputStream;
import java.io.Serializable;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.StreamedContent;
import th.go.sesaoret.servicedesk.audit.application.AuditTrail;
import th.go.sesaoret.servicedesk.audit.domain.AuditEntry;
import th.go.sesaoret.servicedesk.request.application.AttachmentDownload;
import th.go.sesaoret.servicedesk.request.application.AttachmentInfo;
import th.go.sesaoret.servicedesk.request.application.RequestDetail;
import th.go.sesaoret.servicedesk.request.application.RequestQueries;
import th.go.sesaoret.servicedesk.request.application.TimelineStep;
import th.go.sesaoret.servicedesk.request.domain.ApprovalDecision;
import th.go.sesaoret.servicedesk.request.domain.RequestStatus;
import th.go.sesaoret.servicedesk.security.domain.Role;
import th.go.sesaoret.servicedesk.shared.BusinessException;
import th.go.sesaoret.servicedesk.shared.web.LocaleBacking;
import th.go.sesaoret.servicedesk.shared.web.Messages;

/**
 * A request's page (requests/view.xhtml?id=): content, attachments, timeline, signatures, and what
 * the caller may do now. The services decide; this only chooses which panel to show.
 */
@Named
@ViewScoped
public class RequestViewBacking implements Serializable {
  private static final long serialVersionUID = 1L;
  static final Set<Role> APPROVERS =
      EnumSet.of(Role.DEPUTY_DIRECTOR, Role.GROUP_DIRECTOR, Role.DIRECTOR);

  @EJB private RequestQueries queries;
  @EJB private AuditTrail audit;
  @Inject private LocaleBacking locale;

  private String id;
  private RequestDetail detail;
  private transient List<AuditEntry> history;

  /** The view action: loads the request, or shows why not (never the stack). */
  public void load() {
    detail = null;
    history = null;
    try {
      detail = queries.request(parsedId(), locale.getLocale(), Callers.ip());
    } catch (BusinessException e) {
      Messages.error(e);
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

  /** Who did what to this request, oldest first (the audit trail, for those who may see it). */
  public List<AuditEntry> getHistory() {
    if (history == null) {
      history = detail == null ? List.of() : audit.forRequest(detail.id(), Callers.ip());
    }
    return history;
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

  /** The caller may act on the running step (the service checks again). */
  public boolean isCanAct() {
    TimelineStep step = getCurrentStep();
    if (step == null || detail.status() != RequestStatus.OPEN || step.paused()) {
      return false;
    }
    Role role = step.actingRole();
    return role != Role.REQUESTER
        && (Callers.hasRole(role.name())
            || Callers.name().equals(step.assignee())
            || (APPROVERS.contains(role) && Callers.hasRole(Role.DIRECTOR_NAME)));
  }

  public boolean isApprovalStep() {
    TimelineStep step = getCurrentStep();
    return step != null && APPROVERS.contains(step.actingRole());
  }

  public boolean isRequester() {
    return detail != null && detail.requester().equals(Callers.name());
  }

  public boolean isCanCorrect() {
    return isRequester()
        && detail.status() == RequestStatus.RETURNED
        && Callers.hasRole(Role.REQUESTER_NAME);
  }

  /** The requester may cancel an unfinished request that no one has approved yet. */
  public boolean isCanCancel() {
    return isRequester()
        && Callers.hasRole(Role.REQUESTER_NAME)
        && !detail.status().isFinished()
        && detail.approvals().stream()
            .noneMatch(a -> !a.isVoid() && a.decision() == ApprovalDecision.APPROVED);
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
