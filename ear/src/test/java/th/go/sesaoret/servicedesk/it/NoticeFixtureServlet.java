package th.go.sesaoret.servicedesk.it;

import jakarta.ejb.EJB;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import th.go.sesaoret.servicedesk.notification.application.NoticeKind;
import th.go.sesaoret.servicedesk.notification.application.RequestNotice;

/**
 * Test deployments only: lets a page test fire a notice, as the workflow would, with {@code
 * /it/notice?user=staff&id=12&number=...}.
 */
@WebServlet("/it/notice")
public class NoticeFixtureServlet extends HttpServlet {
  private static final long serialVersionUID = 1L;

  @EJB private NoticeFixture fixture;

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    long id = Long.parseLong(request.getParameter("id"));
    fixture.fire(
        RequestNotice.toUser(
            NoticeKind.STEP_WAITING,
            id,
            request.getParameter("number"),
            2,
            1,
            request.getParameter("user")));
    response.getWriter().write("fired");
  }
}
