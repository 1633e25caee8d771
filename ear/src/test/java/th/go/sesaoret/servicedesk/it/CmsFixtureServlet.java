package th.go.sesaoret.servicedesk.it;

import jakarta.ejb.EJB;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import th.go.sesaoret.servicedesk.notification.application.DeadLetter;
import th.go.sesaoret.servicedesk.notification.application.DeadLetterDesk;

/**
 * Test deployments only (issue 12 part H3), for {@code PublicationConnectorIT}: {@code
 * /it/cms?url=...&user=...&password=...} points the running server's connector at a stand-in site
 * ({@code servicedesk.cms.*} system properties, which come before {@code CMS_*}), {@code
 * /it/cms?off=true} turns it off again; {@code /it/cms?published=ID} and {@code ?withdrawn=ID} fire
 * the events as the staff's part would; {@code ?remote=ID} answers the remembered remote post id;
 * {@code ?deadLetters=queueName} how many dead letters came from that queue.
 */
@WebServlet("/it/cms")
public class CmsFixtureServlet extends HttpServlet {
  private static final long serialVersionUID = 1L;

  @EJB private NewsFixture fixture;
  @EJB private AsAdmin admin;
  @EJB private DeadLetterDesk desk;

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    response.setContentType("text/plain");
    String answer = "ok";
    if ("true".equals(request.getParameter("off"))) {
      for (String p : new String[] {"kind", "url", "user", "password"}) {
        System.clearProperty("servicedesk.cms." + p);
      }
    } else if (request.getParameter("url") != null) {
      System.setProperty("servicedesk.cms.kind", "wordpress");
      System.setProperty("servicedesk.cms.url", request.getParameter("url"));
      System.setProperty("servicedesk.cms.user", request.getParameter("user"));
      System.setProperty("servicedesk.cms.password", request.getParameter("password"));
    } else if (request.getParameter("published") != null) {
      fixture.announcePublished(Long.parseLong(request.getParameter("published")));
    } else if (request.getParameter("withdrawn") != null) {
      fixture.announceWithdrawn(Long.parseLong(request.getParameter("withdrawn")));
    } else if (request.getParameter("remote") != null) {
      answer = String.valueOf(fixture.remotePostId(Long.parseLong(request.getParameter("remote"))));
    } else if (request.getParameter("deadLetters") != null) {
      String queue = request.getParameter("deadLetters");
      try {
        answer =
            String.valueOf(
                admin.call(
                    () ->
                        desk.list().stream()
                            .map(DeadLetter::originalAddress)
                            .filter(o -> o != null && o.endsWith(queue))
                            .count()));
      } catch (Exception e) {
        throw new IOException(e);
      }
    }
    response.getWriter().write(answer);
  }
}
