package th.go.sesaoret.servicedesk.publication.web;

import jakarta.ejb.EJB;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import th.go.sesaoret.servicedesk.publication.application.PostReading;
import th.go.sesaoret.servicedesk.publication.application.PublicationQueries;
import th.go.sesaoret.servicedesk.publication.domain.PostHtml;
import th.go.sesaoret.servicedesk.request.web.RequestViewBacking;
import th.go.sesaoret.servicedesk.shared.BusinessException;
import th.go.sesaoret.servicedesk.shared.web.Callers;

/**
 * The post's part of its request page (publication-panel.xhtml and the authoriser's reading view,
 * publication-actions-approval.xhtml): the post as {@link PublicationQueries#reading} gives it, its
 * body with its own images linked to the file servlet. The actions are in {@link
 * PublicationApprovalBacking}.
 */
@Named
@ViewScoped
public class PublicationBacking implements Serializable {
  private static final long serialVersionUID = 1L;

  @EJB private PublicationQueries queries;
  @Inject private RequestViewBacking request;

  private PostReading post;
  private boolean loaded;

  public PostReading getPost() {
    if (!loaded && request.getDetail() != null) {
      loaded = true;
      try {
        post = queries.reading(request.getDetail().id(), Callers.ip());
      } catch (BusinessException e) {
        post = null;
      }
    }
    return post;
  }

  /** After an action: the request and its post as they are now. */
  void reload() {
    loaded = false;
    post = null;
    request.load();
  }

  /** The sanitised body, its {@code attachment:ID} images pointing at the file servlet. */
  public String getBodyHtml() {
    PostReading p = getPost();
    return p == null ? "" : PostHtml.withFileUrls(p.bodyHtml(), prefix(p));
  }

  public String fileUrl(long fileId) {
    PostReading p = getPost();
    return p == null ? "" : prefix(p) + fileId;
  }

  private static String prefix(PostReading p) {
    String ctx = FacesContext.getCurrentInstance().getExternalContext().getRequestContextPath();
    return ctx + "/publication/file/" + p.postId() + "/";
  }

  /** Yes / no / unanswered, as the page's words. */
  public String answer(Boolean b) {
    return b == null
        ? "publication.form.unanswered"
        : b ? "publication.form.yes" : "publication.form.no";
  }
}
