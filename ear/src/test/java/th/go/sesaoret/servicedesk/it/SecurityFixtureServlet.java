package th.go.sesaoret.servicedesk.it;

import jakarta.ejb.EJB;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import th.go.sesaoret.servicedesk.repair.application.RepairFiling;
import th.go.sesaoret.servicedesk.repair.domain.EquipmentType;
import th.go.sesaoret.servicedesk.repair.domain.RepairForm;
import th.go.sesaoret.servicedesk.repair.domain.RepairKind;
import th.go.sesaoret.servicedesk.repair.domain.Urgency;

/**
 * Test deployments only: files a repair as the demo requester and answers its id, so an HTTP test
 * has a repair form to print ({@code /it/security/repair}).
 */
@WebServlet("/it/security/repair")
public class SecurityFixtureServlet extends HttpServlet {
  private static final long serialVersionUID = 1L;

  private static final RepairForm FORM =
      new RepairForm(
          RepairKind.HARDWARE,
          EquipmentType.PRINTER,
          "7440-001-0099/2565",
          null,
          "อาคารอำนวยการ",
          "ห้องประชุม 1",
          "เครื่องพิมพ์ไม่ดึงกระดาษ",
          Urgency.NORMAL,
          "043511234");

  @EJB private AsRequester requester;
  @EJB private RepairFiling filing;

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    try {
      long id = requester.call(() -> filing.file(FORM, List.of(), "192.0.2.99")).id();
      response.getWriter().write(Long.toString(id));
    } catch (Exception e) {
      throw new IOException(e);
    }
  }
}
