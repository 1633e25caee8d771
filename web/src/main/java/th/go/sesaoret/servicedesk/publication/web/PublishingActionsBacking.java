package th.go.sesaoret.servicedesk.publication.web;

import jakarta.ejb.EJB;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import th.go.sesaoret.servicedesk.publication.application.PublicationDesk;
import th.go.sesaoret.servicedesk.publication.application.PublicationDrafting;
import th.go.sesaoret.servicedesk.publication.application.PublishingView;
import th.go.sesaoret.servicedesk.publication.application.TextChange;
import th.go.sesaoret.servicedesk.publication.domain.Release;
import th.go.sesaoret.servicedesk.publication.domain.StaffEdit;
import th.go.sesaoret.servicedesk.request.application.RequestState;
import th.go.sesaoret.servicedesk.request.domain.StepInstance;
import th.go.sesaoret.servicedesk.request.web.RequestViewBacking;
import th.go.sesaoret.servicedesk.shared.BusinessException;
import th.go.sesaoret.servicedesk.shared.web.Callers;
import th.go.sesaoret.servicedesk.shared.web.Messages;

/**
 * Steps 5-7 of a post on its request page (publication-actions-staff.xhtml and
 * publication-actions-check.xhtml): staff take and shape the post, see the word-level diff of a
 * text change and confirm sending it back to approval, publish temporarily (the preview link is
 * shown once), publish now or at a time, unpublish; the requester opens the preview and confirms or
 * asks for corrections. One service call each; afterwards the page shows the request as it is now.
 */
@Named
@ViewScoped
public class PublishingActionsBacking implements Serializable {
  private static final long serialVersionUID = 1L;
  private static final ZoneId ZONE = ZoneId.of("Asia/Bangkok");

  /** One call on a publication service. */
  private interface Call {
    RequestState run(long requestId, String ip);
  }

  @EJB private PublicationDesk desk;
  @EJB private PublicationDrafting drafting;
  @Inject private RequestViewBacking request;

  private PublishingView view;
  private boolean loaded;
  private boolean freshInputs = true;

  private String titleTh;
  private String titleEn;
  private String summary;
  private String body;
  private String excerpt;
  private Long coverFileId;
  private List<String> fileOrder = new ArrayList<>();
  private TextChange change;
  private String previewLink;
  private String corrections;
  private LocalDateTime publishAt;
  private String reason;

  /** What the reader may do now, loaded once per view and again after each action. */
  public PublishingView getView() {
    if (!loaded && request.getDetail() != null) {
      loaded = true;
      view = desk.view(request.getDetail().id()).orElse(null);
      if (view != null && freshInputs) {
        freshInputs = false;
        StaffEdit e = view.edit();
        titleTh = e.titleTh();
        titleEn = e.titleEn();
        summary = e.summary();
        body = e.bodyHtml();
        excerpt = e.excerpt();
        coverFileId = e.coverFileId();
        fileOrder = new ArrayList<>(e.fileOrder().stream().map(String::valueOf).toList());
        if (publishAt == null && view.wantedAt() != null) {
          publishAt = LocalDateTime.ofInstant(view.wantedAt(), ZONE);
        }
      }
    }
    return view;
  }

  private StaffEdit edit() {
    return new StaffEdit(
        titleTh,
        titleEn,
        summary,
        body,
        excerpt,
        coverFileId,
        fileOrder.stream().map(Long::valueOf).toList());
  }

  public void take() {
    act(drafting::take, "publication.staff.taken.done");
  }

  /**
   * Saves staff's shaping: layout at once; a change of the approved words first shows its diff and
   * waits for the explicit confirmation ({@link #sendBackToApproval}).
   */
  public void save() {
    try {
      if (getView() == null) {
        throw new BusinessException("request.notVisible");
      }
      TextChange c = desk.change(view.requestId(), edit());
      if (!c.isLayoutOnly()) {
        change = c;
        Messages.infoAt(RequestViewBacking.ACTION_MESSAGES, "publication.staff.diffShown");
        return;
      }
    } catch (BusinessException e) {
      Messages.errorAt(RequestViewBacking.ACTION_MESSAGES, e);
      return;
    }
    StaffEdit e = edit();
    act((id, ip) -> drafting.save(id, e, false, ip), "publication.staff.saved");
  }

  /** Staff saw the diff and confirm: the changed text is written and goes back to approval. */
  public void sendBackToApproval() {
    StaffEdit e = edit();
    act((id, ip) -> drafting.save(id, e, true, ip), "publication.staff.sentBack");
  }

  /** Staff keep editing instead: the diff closes, nothing was written. */
  public void keepEditing() {
    change = null;
  }

  /** Staff publish temporarily: step 5 is done and the preview link is shown once. */
  public void preview() {
    String[] token = new String[1];
    act(
        (id, ip) -> {
          token[0] = drafting.preview(id, ip);
          return null;
        },
        "publication.preview.issued");
    if (token[0] != null) {
      previewLink = link(token[0]);
    }
  }

  /** Opens the live preview on a fresh link (the requester, staff or an approver). */
  public void openPreview() throws IOException {
    try {
      if (getView() == null) {
        throw new BusinessException("request.notVisible");
      }
      String token = drafting.openPreview(view.requestId(), Callers.ip());
      FacesContext.getCurrentInstance().getExternalContext().redirect(link(token));
    } catch (BusinessException e) {
      Messages.errorAt(RequestViewBacking.ACTION_MESSAGES, e);
    }
  }

  private static String link(String token) {
    return FacesContext.getCurrentInstance().getExternalContext().getRequestContextPath()
        + "/requests/publication-preview.xhtml?t="
        + token;
  }

  public void confirm() {
    act(drafting::confirm, "publication.check.confirmed");
  }

  public void askCorrections() {
    String c = corrections;
    act((id, ip) -> drafting.askCorrections(id, c, ip), "publication.check.corrected");
  }

  public void publish() {
    var at = publishAt == null ? null : publishAt.atZone(ZONE).toInstant();
    act((id, ip) -> drafting.publish(id, at, ip), "publication.release.done");
  }

  public void unpublish() {
    String r = reason;
    act((id, ip) -> drafting.unpublish(id, r, ip), "publication.release.unpublished");
  }

  private void act(Call call, String doneKey) {
    try {
      if (getView() == null) {
        throw new BusinessException("request.notVisible");
      }
      RequestState state = call.run(view.requestId(), Callers.ip());
      Messages.infoAt(
          RequestViewBacking.ACTION_MESSAGES,
          doneKey,
          state == null ? view.number() : state.number());
      change = null;
      corrections = null;
      reason = null;
      freshInputs = true;
    } catch (BusinessException e) {
      Messages.errorAt(RequestViewBacking.ACTION_MESSAGES, e);
    } finally {
      loaded = false;
      view = null;
      request.load();
    }
  }

  /** A file's name by its id (the order list's labels). */
  public String fileName(String id) {
    PublishingView v = getView();
    if (v == null) {
      return "";
    }
    return v.files().stream()
        .filter(f -> String.valueOf(f.id()).equals(id))
        .map(PublishingView.FileRow::name)
        .findFirst()
        .orElse("");
  }

  /** The post's images, for the cover. */
  public List<PublishingView.FileRow> getImages() {
    PublishingView v = getView();
    return v == null
        ? List.of()
        : v.files().stream().filter(PublishingView.FileRow::image).toList();
  }

  public int getExcerptMax() {
    return StaffEdit.EXCERPT_MAX;
  }

  public int getCommentMax() {
    return StepInstance.COMMENT_MAX;
  }

  public int getReasonMax() {
    return Release.REASON_MAX;
  }

  public TextChange getChange() {
    return change;
  }

  public String getPreviewLink() {
    return previewLink;
  }

  public String getTitleTh() {
    return titleTh;
  }

  public void setTitleTh(String titleTh) {
    this.titleTh = titleTh;
  }

  public String getTitleEn() {
    return titleEn;
  }

  public void setTitleEn(String titleEn) {
    this.titleEn = titleEn;
  }

  public String getSummary() {
    return summary;
  }

  public void setSummary(String summary) {
    this.summary = summary;
  }

  public String getBody() {
    return body;
  }

  public void setBody(String body) {
    this.body = body;
  }

  public String getExcerpt() {
    return excerpt;
  }

  public void setExcerpt(String excerpt) {
    this.excerpt = excerpt;
  }

  public Long getCoverFileId() {
    return coverFileId;
  }

  public void setCoverFileId(Long coverFileId) {
    this.coverFileId = coverFileId;
  }

  public List<String> getFileOrder() {
    return fileOrder;
  }

  public void setFileOrder(List<String> fileOrder) {
    this.fileOrder = fileOrder == null ? new ArrayList<>() : fileOrder;
  }

  public String getCorrections() {
    return corrections;
  }

  public void setCorrections(String corrections) {
    this.corrections = corrections;
  }

  public LocalDateTime getPublishAt() {
    return publishAt;
  }

  public void setPublishAt(LocalDateTime publishAt) {
    this.publishAt = publishAt;
  }

  public String getReason() {
    return reason;
  }

  public void setReason(String reason) {
    this.reason = reason;
  }
}
