package th.go.sesaoret.servicedesk.publication.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import th.go.sesaoret.servicedesk.publication.application.NewsPost;
import th.go.sesaoret.servicedesk.publication.application.PostView;
import th.go.sesaoret.servicedesk.shared.web.LocaleBacking;

/**
 * A public post page ({@code /news/post/12}): the post as {@code news-post.xhtml} renders it, its
 * Open Graph tags, and the proof that what is online is what was approved (the SHA-256 recomputed
 * from the post's text and files now, beside the one the authoriser signed). A post that is not
 * live, unknown or unpublished is the same 404. Kept five minutes by caches, then asked again with
 * its ETag (the row's version and publication time, the language).
 */
@Named
@RequestScoped
public class NewsPostBacking {
  @Inject private LocaleBacking locale;
  @Inject private NewsWords words;

  private NewsPost post;

  public void load() throws IOException {
    FacesContext faces = FacesContext.getCurrentInstance();
    ExternalContext ec = faces.getExternalContext();
    HttpServletRequest req = (HttpServletRequest) ec.getRequest();
    // found live by NewsServlet before it forwarded here (a page reached by its own name has none)
    post = req.getAttribute(NewsServlet.POST) instanceof NewsPost found ? found : null;
    if (post == null) {
      ec.responseSendError(404, null);
      faces.responseComplete();
      return;
    }
    String etag =
        NewsCache.etag(
            "post",
            post.view().publicationId(),
            post.version(),
            post.view().publishedAt(),
            locale.getLanguage());
    if (NewsCache.notModified(req, (HttpServletResponse) ec.getResponse(), etag, NewsCache.POST)) {
      faces.responseComplete();
    }
  }

  public NewsPost getPost() {
    return post;
  }

  public PostView getView() {
    return post.view();
  }

  /** The prefix of the post's file links (context-relative): the include appends the file's id. */
  public String getFileUrl() {
    return FacesContext.getCurrentInstance().getExternalContext().getRequestContextPath()
        + "/news/file/"
        + post.view().publicationId()
        + "/";
  }

  /** The post's public address, absolute (og:url, the canonical link). */
  public String getUrl() {
    return NewsFeeds.base() + "/news/post/" + post.view().publicationId();
  }

  /** The cover's absolute address (og:image), or null without a cover. */
  public String getImageUrl() {
    PostView v = post.view();
    return v.cover() == null
        ? null
        : NewsFeeds.base() + "/news/file/" + v.publicationId() + "/" + v.cover().id();
  }

  /** og:description: the excerpt, else the summary. */
  public String getDescription() {
    PostView v = post.view();
    return v.excerpt() != null ? v.excerpt() : v.summary() == null ? "" : v.summary();
  }

  public String getTitle() {
    return words.title(post.view());
  }
}
