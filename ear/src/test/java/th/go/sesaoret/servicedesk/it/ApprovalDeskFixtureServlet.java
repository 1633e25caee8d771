package th.go.sesaoret.servicedesk.it;

import jakarta.ejb.EJB;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import th.go.sesaoret.servicedesk.repair.application.RepairFiling;
import th.go.sesaoret.servicedesk.repair.application.RepairIntake;
import th.go.sesaoret.servicedesk.repair.domain.EquipmentType;
import th.go.sesaoret.servicedesk.repair.domain.RepairForm;
import th.go.sesaoret.servicedesk.repair.domain.RepairKind;
import th.go.sesaoret.servicedesk.repair.domain.Urgency;
import th.go.sesaoret.servicedesk.request.application.ActingOfficials;
import th.go.sesaoret.servicedesk.security.domain.Role;
import th.go.sesaoret.servicedesk.shared.OfficeTime;

/**
 * The approval desk page's test data: {@code ?mark=M&n=N} files N repairs whose durable-goods
 * numbers start with M and sends them to the ICT group director (the numbers' requests' ids come
 * back); {@code ?acting=clerk} makes the demo clerk act for the group director today, {@code
 * ?end=clerk} ends it.
 */
@WebServlet("/it/approval-desk-fixture")
public class ApprovalDeskFixtureServlet extends HttpServlet {
  private static final long serialVersionUID = 1L;
  private static final String IP = "192.0.2.14";

  @EJB private AsRequester requester;
  @EJB private AsClerk clerk;
  @EJB private AsAdmin admin;
  @EJB private RepairFiling filing;
  @EJB private RepairIntake intake;
  @EJB private ActingOfficials acting;
  @EJB private ApprovalDeskFixture fixture;

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    try {
      List<Long> ids = new ArrayList<>();
      String mark = request.getParameter("mark");
      if (mark != null) {
        int n = Integer.parseInt(request.getParameter("n"));
        for (int i = 1; i <= n; i++) {
          String asset = mark + "-" + i;
          long id =
              requester
                  .call(
                      () ->
                          filing.file(
                              new RepairForm(
                                  RepairKind.HARDWARE,
                                  EquipmentType.PRINTER,
                                  asset,
                                  "VNB3K77777",
                                  "อาคารอำนวยการ ชั้น 2",
                                  "ห้องกลุ่มส่งเสริมการศึกษา",
                                  "เครื่องพิมพ์พิมพ์ไม่ออก ไฟกะพริบสีส้ม",
                                  Urgency.NORMAL,
                                  "081-234-5678"),
                              List.of(),
                              IP))
                  .id();
          clerk.call(() -> intake.register(id, IP));
          clerk.call(() -> intake.forward(id, Role.GROUP_DIRECTOR, null, IP));
          ids.add(id);
        }
      }
      LocalDate today = LocalDate.now(OfficeTime.ZONE);
      if (request.getParameter("acting") != null) {
        String who = request.getParameter("acting");
        admin.call(() -> acting.appoint(Role.GROUP_DIRECTOR, who, today, today, IP));
      }
      if (request.getParameter("end") != null) {
        fixture.endActing(request.getParameter("end"));
      }
      response.getWriter().write("ids " + ids);
    } catch (Exception e) {
      throw new IOException(e);
    }
  }
}
