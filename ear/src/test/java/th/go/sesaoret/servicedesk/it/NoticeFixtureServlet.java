package th.go.sesaoret.servicedesk.it;

import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import th.go.sesaoret.servicedesk.notification.application.NoticeKinds;
import th.go.sesaoret.servicedesk.notification.domain.RequestNotice;
import th.go.sesaoret.servicedesk.notification.domain.WorkflowNotice;
import th.go.sesaoret.servicedesk.security.domain.Role;

/**
 * Test deployments only: lets a page test fire a notice, as the workflow would, with {@code
 * /it/notice?user=staff&id=12&number=...} (optional {@code kind}, default STEP_WAITING; optional
 * {@code handledBy} and {@code handledAs}: someone acted on it before it arrived).
 */
@WebServlet("/it/notice")
public class NoticeFixtureServlet extends HttpServlet {
  private static final long serialVersionUID = 1L;

  @EJB private NoticeFixture fixture;
  @Inject private NoticeKinds kinds;

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    long id = Long.parseLong(request.getParameter("id"));
    String kind = request.getParameter("kind");
    RequestNotice notice =
        RequestNotice.toUser(
            kind == null ? WorkflowNotice.STEP_WAITING : kinds.of(kind),
            id,
            request.getParameter("number"),
            2,
            1,
            request.getParameter("user"));
    String handledBy = request.getParameter("handledBy");
    if (handledBy != null) {
      fixture.handle(notice, handledBy, Role.valueOf(request.getParameter("handledAs")));
    }
    fixture.fire(notice);
    response.getWriter().write("fired");
  }
}
