package th.go.sesaoret.servicedesk.report.web;

import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import th.go.sesaoret.servicedesk.report.application.ComplianceReport;
import th.go.sesaoret.servicedesk.report.application.ExportFormat;
import th.go.sesaoret.servicedesk.report.domain.ReportPeriod;
import th.go.sesaoret.servicedesk.shared.BusinessException;
import th.go.sesaoret.servicedesk.shared.web.LocaleBacking;

/**
 * The compliance report's downloads, {@code /report/compliance.xlsx}, {@code
 * /report/compliance.csv} and {@code /report/compliance.pdf}, with the period as parameters ({@link
 * PeriodParams}), in the reader's language; written straight to the response. Only the report's
 * readers (web.xml and the bean's roles); an unreadable period is 404, as is a refused caller.
 */
@WebServlet({"/report/compliance.xlsx", "/report/compliance.csv", "/report/compliance.pdf"})
public class ComplianceExportServlet extends HttpServlet {
  private static final long serialVersionUID = 1L;

  @Inject private ComplianceReport report;
  @Inject private LocaleBacking locale;

  @Override
  protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
    String path = req.getServletPath();
    ExportFormat format =
        path.endsWith(".csv")
            ? ExportFormat.CSV
            : path.endsWith(".pdf") ? ExportFormat.PDF : ExportFormat.XLSX;
    ReportPeriod period;
    try {
      period = PeriodParams.parse(req::getParameter);
    } catch (BusinessException e) {
      resp.sendError(HttpServletResponse.SC_NOT_FOUND);
      return;
    }
    String name =
        "compliance-" + period.firstDay() + "-" + period.lastDay() + "." + format.extension();
    resp.setContentType(format.contentType());
    resp.setHeader("Content-Disposition", "attachment; filename=\"" + name + "\"");
    resp.setHeader("Cache-Control", "private, no-store");
    resp.setHeader("X-Content-Type-Options", "nosniff");
    try {
      report.export(period, format, locale.getLocale(), resp.getOutputStream());
    } catch (EJBAccessException e) {
      if (!resp.isCommitted()) {
        resp.reset();
        resp.sendError(HttpServletResponse.SC_NOT_FOUND);
      }
    }
  }
}
