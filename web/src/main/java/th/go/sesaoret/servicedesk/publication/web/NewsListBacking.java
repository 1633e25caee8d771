package th.go.sesaoret.servicedesk.publication.web;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import java.util.stream.IntStream;
import th.go.sesaoret.servicedesk.publication.application.NewsItem;
import th.go.sesaoret.servicedesk.publication.application.NewsReading;
import th.go.sesaoret.servicedesk.publication.domain.Category;
import th.go.sesaoret.servicedesk.shared.web.LocaleBacking;

/**
 * A public news list ({@code /news}, {@code /news/procurement}; {@code ?page=2}): ten live posts,
 * newest first, paged by the database; {@link NewsServlet} has checked the page exists. No sign-in,
 * no session; kept a minute by caches, then asked again with its ETag.
 */
@Named
@RequestScoped
public class NewsListBacking {
  @EJB private NewsReading reading;
  @Inject private LocaleBacking locale;

  private Category category;
  private int page;
  private long total;
  private List<NewsItem> items = List.of();

  /** The view action: the page's posts, a 304, or the 404. */
  public void load() throws IOException {
    FacesContext faces = FacesContext.getCurrentInstance();
    ExternalContext ec = faces.getExternalContext();
    HttpServletRequest req = (HttpServletRequest) ec.getRequest();
    if (!(req.getAttribute(NewsServlet.PAGE) instanceof Integer asked)) {
      // reached by its own name, not through /news: the same 404 as any unknown address
      ec.responseSendError(404, null);
      faces.responseComplete();
      return;
    }
    category = (Category) req.getAttribute(NewsServlet.CATEGORY);
    page = asked;
    total = (Long) req.getAttribute(NewsServlet.TOTAL);
    items = reading.page(category, page - 1);
    StringBuilder stamp = new StringBuilder();
    items.forEach(i -> stamp.append(i.id()).append(':').append(i.version()).append(','));
    String etag = NewsCache.etag("list", category, page, total, locale.getLanguage(), stamp);
    if (NewsCache.notModified(req, (HttpServletResponse) ec.getResponse(), etag, NewsCache.LISTS)) {
      faces.responseComplete();
    }
  }

  public Category getCategory() {
    return category;
  }

  public Category[] getCategories() {
    return Category.values();
  }

  public List<NewsItem> getItems() {
    return items;
  }

  public int getPage() {
    return page;
  }

  public long getTotal() {
    return total;
  }

  public int getPages() {
    return (int) Math.max(1, (total + NewsReading.PAGE_SIZE - 1) / NewsReading.PAGE_SIZE);
  }

  /** The page numbers the pager links: all of them, or a window around this page. */
  public List<Integer> getPageNumbers() {
    int from = Math.max(1, page - 3);
    int to = Math.min(getPages(), page + 3);
    return IntStream.rangeClosed(from, to).boxed().toList();
  }

  /** The address of this list (its category's, or all), context-relative. */
  public String listPath(Category c) {
    return "/news" + (c == null ? "" : "/" + c.slug());
  }

  /** The address of page {@code n} of this list, with the reader's language if it was asked. */
  public String pageLink(int n) {
    String path = listPath(category);
    return n <= 1 ? path : path + "?page=" + n;
  }

  public String getFeedPath() {
    return listPath(category) + "/feed.atom";
  }
}
