package th.go.sesaoret.servicedesk.it;

import jakarta.ejb.EJB;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * Test deployments only: {@code /it/general-service?do=add} adds {@link GeneralServiceFixture}'s
 * service (once), {@code ?do=remove} removes it with what was filed on it.
 */
@WebServlet("/it/general-service")
public class GeneralServiceFixtureServlet extends HttpServlet {
  private static final long serialVersionUID = 1L;

  @EJB private GeneralServiceFixture fixture;

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    try {
      if ("remove".equals(request.getParameter("do"))) {
        fixture.remove();
      } else {
        fixture.add();
      }
      response.getWriter().write("ok");
    } catch (Exception e) {
      // the test shows why (a test deployment only)
      response.getWriter().write("fixture failed: " + e);
    }
  }
}
