package th.go.sesaoret.servicedesk.it;

import jakarta.ejb.EJB;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * Test deployments only: {@code /it/release?step=5} files an approved post taken by the demo staff
 * member (prints its request's id); {@code ?step=6} issues its preview too (prints "id token").
 */
@WebServlet("/it/release")
public class ReleaseFixtureServlet extends HttpServlet {
  private static final long serialVersionUID = 1L;

  @EJB private ReleaseFixture fixture;

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    response.setContentType("text/plain;charset=UTF-8");
    String title = "กิจกรรมวันวิทยาศาสตร์แห่งชาติ โรงเรียนร้อยเอ็ดวิทยาลัย";
    try {
      response
          .getWriter()
          .write(
              "6".equals(request.getParameter("step"))
                  ? fixture.previewed(title)
                  : "" + fixture.taken(title));
    } catch (Exception e) {
      // the test shows why (a test deployment only)
      response.getWriter().write("fixture failed: " + e);
    }
  }
}
