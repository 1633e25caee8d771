package th.go.sesaoret.servicedesk.it;

import jakarta.ejb.EJB;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/** Test deployments only: {@code /it/conference?days=14} books a meeting with its operator. */
@WebServlet("/it/conference")
public class ConferenceFixtureServlet extends HttpServlet {
  private static final long serialVersionUID = 1L;

  @EJB private ConferenceFixture fixture;

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    try {
      response
          .getWriter()
          .write("" + fixture.bookedAndTaken(Integer.parseInt(request.getParameter("days"))));
    } catch (Exception e) {
      // the test shows why (a test deployment only)
      response.getWriter().write("fixture failed: " + e);
    }
  }
}
