package th.go.sesaoret.servicedesk.repair.web;

import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import th.go.sesaoret.servicedesk.repair.application.PrintedRepairForm;
import th.go.sesaoret.servicedesk.shared.BusinessException;

/**
 * The printable repair form (แบบแจ้งซ่อม) of one repair as a PDF: {@code /repairs/form.pdf?id=N}.
 * Who may see the request may print it (the service checks and audits); anyone else gets 404, so
 * ids cannot be probed.
 */
@WebServlet("/repairs/form.pdf")
public class RepairFormServlet extends HttpServlet {
  private static final long serialVersionUID = 1L;

  @Inject private PrintedRepairForm form;

  @Override
  protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
    if (req.getUserPrincipal() == null) {
      resp.sendRedirect(req.getContextPath() + "/login.xhtml");
      return;
    }
    long id;
    try {
      id = Long.parseLong(req.getParameter("id"));
    } catch (NumberFormatException e) {
      resp.sendError(HttpServletResponse.SC_NOT_FOUND);
      return;
    }
    PrintedRepairForm.Pdf printed;
    try {
      printed = form.print(id, req.getRemoteAddr());
    } catch (BusinessException | EJBAccessException e) {
      resp.sendError(HttpServletResponse.SC_NOT_FOUND);
      return;
    }
    String name = "repair-form-" + printed.requestNumber().replace('/', '-') + ".pdf";
    byte[] pdf = printed.content();
    resp.setContentType("application/pdf");
    resp.setHeader(
        "Content-Disposition",
        "inline; filename=\"repair-form-"
            + id
            + ".pdf\"; filename*=UTF-8''"
            + URLEncoder.encode(name, StandardCharsets.UTF_8).replace("+", "%20"));
    resp.setHeader("Cache-Control", "private, no-store");
    resp.setHeader("X-Content-Type-Options", "nosniff");
    resp.setContentLength(pdf.length);
    resp.getOutputStream().write(pdf);
  }
}
