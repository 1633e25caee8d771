package th.go.sesaoret.servicedesk.it;

import jakarta.ejb.EJB;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Instant;
import java.time.LocalDateTime;
import th.go.sesaoret.servicedesk.shared.OfficeTime;

/**
 * Seeds the compliance report page's test (issue 13, H4): in fiscal year 2566 (1 Oct 2022 - 30 Sep
 * 2023), three finished repair intakes (20, 40 and 90 working minutes; the last one late and
 * returned once) and one rejected order. Once per server.
 */
@WebServlet("/it/report-fixture")
public class ReportFixtureServlet extends HttpServlet {
  private static final long serialVersionUID = 1L;
  private static boolean seeded;

  @EJB private ReportFixture fixture;

  private static Instant at(int m, int d, int h) {
    return LocalDateTime.of(2023, m, d, h, 0).atZone(OfficeTime.ZONE).toInstant();
  }

  @Override
  protected synchronized void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    if (!seeded) {
      seeded = true;
      intake(1, at(3, 1, 10), 20L, true, 0);
      intake(2, at(3, 2, 10), 40L, true, 0);
      intake(3, at(3, 3, 11), 90L, false, 1);
      fixture.request(
          "REPAIR",
          "RPT-PAGE-4",
          "report page order",
          new ReportFixture.Step(
              "repair.order",
              at(3, 6, 9),
              at(3, 6, 10),
              at(3, 6, 9).plusSeconds(1200),
              20L,
              true,
              "REJECTED",
              0,
              0));
    }
    // the id of the first intake: its requester's page offers the survey
    response.getWriter().write("seeded " + fixture.idOf("RPT-PAGE-1"));
  }

  private void intake(int n, Instant finished, long working, boolean onTime, int returns) {
    Instant started = finished.minusSeconds(working * 60);
    fixture.request(
        "REPAIR",
        "RPT-PAGE-" + n,
        "report page intake " + n,
        new ReportFixture.Step(
            "repair.intake",
            started,
            started.plusSeconds(1800),
            finished,
            working,
            onTime,
            "COMPLETED",
            returns,
            returns * 10L));
  }
}
