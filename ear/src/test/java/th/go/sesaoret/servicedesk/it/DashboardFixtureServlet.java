package th.go.sesaoret.servicedesk.it;

import jakarta.ejb.EJB;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Instant;

/**
 * Seeds the dashboards' page test (issue 13, H3), on every call: two repair requests submitted now
 * (this month's volume grows by two) and, on the first, its intake finished now on time and on the
 * second late (this month's repair intake: one more on time, one more late).
 */
@WebServlet("/it/dashboard-fixture")
public class DashboardFixtureServlet extends HttpServlet {
  private static final long serialVersionUID = 1L;
  private static int calls;

  @EJB private DashboardFixture fixture;

  @Override
  protected synchronized void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    calls++;
    Instant now = Instant.now();
    for (int i = 1; i <= 2; i++) {
      long id =
          fixture.request(
              "REPAIR", "DASH-PAGE-" + calls + "-" + i, "requester", "OPEN", now.minusSeconds(60));
      fixture.step(
          id,
          DashboardFixture.Step.finished(
              "repair.intake", now.minusSeconds(30), "staff", i == 1, "COMPLETED"));
    }
    response.getWriter().write("seeded " + calls);
  }
}
