package th.go.sesaoret.servicedesk.publication.web;

import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import th.go.sesaoret.servicedesk.publication.application.NewsPost;
import th.go.sesaoret.servicedesk.publication.application.NewsReading;
import th.go.sesaoret.servicedesk.publication.application.NewsReading.NewsFile;
import th.go.sesaoret.servicedesk.publication.domain.Category;

/**
 * The public news addresses, no sign-in and no session: {@code /news} (every category), {@code
 * /news/procurement} (one category, {@link Category#slug()}), {@code /news/post/12} (a post; these
 * three are the pages {@code /news-list.xhtml} and {@code /news-post.xhtml}), {@code
 * /news/feed.atom} and {@code /news/procurement/feed.atom} (Atom, {@link NewsFeeds}) and {@code
 * /news/file/12/34} (file 34 of live post 12). Anything else, and any post or file that is not
 * live, is the same 404.
 */
@WebServlet(urlPatterns = {"/news", "/news/*"})
public class NewsServlet extends HttpServlet {
  private static final long serialVersionUID = 1L;

  /** Request attributes the pages read. */
  static final String CATEGORY = "news.category";

  static final String POST = "news.post";

  static final String PAGE = "news.page";

  static final String TOTAL = "news.total";

  private static final Pattern SLUG = Pattern.compile("/([a-z]{1,30})/?");
  private static final Pattern POST_PATH = Pattern.compile("/post/([0-9]{1,12})");
  private static final Pattern FEED = Pattern.compile("(?:/([a-z]{1,30}))?/feed\\.atom");
  private static final Pattern FILE = Pattern.compile("/file/([0-9]{1,12})/([0-9]{1,12})");

  @EJB private NewsReading reading;
  @Inject private NewsFeeds feeds;

  @Override
  protected void doGet(HttpServletRequest req, HttpServletResponse resp)
      throws IOException, ServletException {
    String path = req.getPathInfo() == null ? "" : req.getPathInfo();
    Matcher m;
    if (path.isEmpty() || "/".equals(path)) {
      list(req, resp, null);
    } else if ((m = POST_PATH.matcher(path)).matches()) {
      Optional<NewsPost> post = reading.post(Long.parseLong(m.group(1)));
      if (post.isEmpty()) {
        resp.sendError(HttpServletResponse.SC_NOT_FOUND);
        return;
      }
      req.setAttribute(POST, post.get());
      req.getRequestDispatcher("/news-post.xhtml").forward(req, resp);
    } else if ((m = FEED.matcher(path)).matches()) {
      Optional<Category> category =
          m.group(1) == null ? Optional.empty() : Category.bySlug(m.group(1));
      if (m.group(1) != null && category.isEmpty()) {
        resp.sendError(HttpServletResponse.SC_NOT_FOUND);
        return;
      }
      feeds.send(req, resp, category.orElse(null));
    } else if ((m = FILE.matcher(path)).matches()) {
      file(req, resp, Long.parseLong(m.group(1)), Long.parseLong(m.group(2)));
    } else if ((m = SLUG.matcher(path)).matches() && Category.bySlug(m.group(1)).isPresent()) {
      list(req, resp, Category.bySlug(m.group(1)).get());
    } else {
      resp.sendError(HttpServletResponse.SC_NOT_FOUND);
    }
  }

  /**
   * A list's page ({@code ?page=N}, from 1): one past the last (or not a number) is the 404; the
   * page itself reads its posts.
   */
  private void list(HttpServletRequest req, HttpServletResponse resp, Category category)
      throws IOException, ServletException {
    String asked = req.getParameter("page");
    int page = asked == null ? 1 : asked.matches("[1-9][0-9]{0,5}") ? Integer.parseInt(asked) : -1;
    long total = page < 1 ? 0 : reading.count(category);
    if (page < 1 || (page > 1 && (page - 1L) * NewsReading.PAGE_SIZE >= total)) {
      resp.sendError(HttpServletResponse.SC_NOT_FOUND);
      return;
    }
    req.setAttribute(CATEGORY, category);
    req.setAttribute(PAGE, page);
    req.setAttribute(TOTAL, total);
    req.getRequestDispatcher("/news-list.xhtml").forward(req, resp);
  }

  /**
   * A file of a live post, with the content type it was checked to be at upload and {@code
   * nosniff}; images and PDFs open in the page, other files are downloads, under a name of letters,
   * digits and dots only (the original name, with any other character, goes in {@code filename*}).
   */
  private void file(HttpServletRequest req, HttpServletResponse resp, long postId, long fileId)
      throws IOException {
    resp.setHeader("X-Content-Type-Options", "nosniff");
    Optional<NewsFile> found = reading.file(postId, fileId);
    if (found.isEmpty()) {
      resp.sendError(HttpServletResponse.SC_NOT_FOUND);
      return;
    }
    NewsFile f = found.get();
    if (NewsCache.notModified(req, resp, "\"" + f.sha256() + "\"", NewsCache.FILE)) {
      return;
    }
    boolean inline =
        f.contentType().startsWith("image/") || "application/pdf".equals(f.contentType());
    resp.setContentType(f.contentType());
    resp.setHeader("Content-Disposition", disposition(inline, f.name()));
    resp.setContentLength(f.content().length);
    resp.getOutputStream().write(f.content());
  }

  /** A safe Content-Disposition: an ASCII fallback name and the real one percent-encoded. */
  static String disposition(boolean inline, String name) {
    String ascii = name == null ? "" : name.replaceAll("[^A-Za-z0-9._-]", "_");
    if (ascii.isBlank() || ascii.startsWith(".")) {
      ascii = "file" + ascii;
    }
    String encoded =
        java.net.URLEncoder.encode(
                name == null ? ascii : name, java.nio.charset.StandardCharsets.UTF_8)
            .replace("+", "%20");
    return (inline ? "inline" : "attachment")
        + "; filename=\""
        + ascii
        + "\"; filename*=UTF-8''"
        + encoded;
  }
}
