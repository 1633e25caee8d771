package th.go.sesaoret.servicedesk.publication.web;

import jakarta.ejb.EJB;
import jakarta.ejb.EJBAccessException;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import java.io.IOException;
import th.go.sesaoret.servicedesk.publication.application.PostView;
import th.go.sesaoret.servicedesk.publication.application.PublicationDesk;

/**
 * The preview page ({@code /requests/publication-preview.xhtml?t=TOKEN}): the post exactly as the
 * public page will show it, for the requester, staff and the request's approvers; marked noindex
 * (header and meta). Anything refused (a guessed, dead or someone else's link) is the same 404.
 */
@Named
@RequestScoped
public class PreviewBacking {
  @EJB private PublicationDesk desk;

  private String token;
  private PostView post;

  /** The view action: loads the post behind the link, or answers 404. */
  public void load() throws IOException {
    FacesContext faces = FacesContext.getCurrentInstance();
    ExternalContext ext = faces.getExternalContext();
    ext.setResponseHeader("X-Robots-Tag", "noindex, nofollow");
    ext.setResponseHeader("Cache-Control", "private, no-store");
    ext.setResponseHeader("Referrer-Policy", "no-referrer");
    try {
      post = desk.preview(token).orElse(null);
    } catch (EJBAccessException e) {
      post = null;
    }
    if (post == null) {
      ext.responseSendError(404, "");
      faces.responseComplete();
    }
  }

  public PostView getPost() {
    return post;
  }

  /** The prefix of the preview's file links (the file's id follows). */
  public String getFileUrl() {
    return PreviewFileServlet.prefix(
        FacesContext.getCurrentInstance().getExternalContext().getRequestContextPath(), token);
  }

  public String getToken() {
    return token;
  }

  public void setToken(String token) {
    this.token = token;
  }
}
