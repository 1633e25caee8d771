package th.go.sesaoret.servicedesk.it;

import jakarta.ejb.EJB;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import th.go.sesaoret.servicedesk.publication.domain.Category;

/**
 * Test deployments only (issue 12 part H3): {@code
 * /it/news-post?category=PROCUREMENT&title=...&published=-60&expires=3600&unpublished=true
 * &tampered=true&files=true} makes a post ({@link NewsFixture}); answers {@code id,coverId,pdfId}.
 */
@WebServlet("/it/news-post")
public class NewsFixtureServlet extends HttpServlet {
  private static final long serialVersionUID = 1L;

  @EJB private NewsFixture fixture;

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    String published = request.getParameter("published");
    String expires = request.getParameter("expires");
    String made =
        fixture.make(
            new NewsFixture.Post(
                Category.valueOf(request.getParameter("category")),
                request.getParameter("title"),
                request.getParameter("titleEn"),
                request.getParameter("summary"),
                published == null
                    ? Long.valueOf(-60L)
                    : "never".equals(published) ? null : Long.valueOf(published),
                expires == null || expires.isEmpty() ? null : Long.valueOf(expires),
                "true".equals(request.getParameter("unpublished")),
                "true".equals(request.getParameter("tampered")),
                !"false".equals(request.getParameter("files"))));
    response.setContentType("text/plain");
    response.getWriter().write(made);
  }
}
