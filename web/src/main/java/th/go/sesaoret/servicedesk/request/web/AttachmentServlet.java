package th.go.sesaoret.servicedesk.request.web;

import jakarta.ejb.EJB;
import jakarta.ejb.EJBAccessException;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import th.go.sesaoret.servicedesk.request.application.AttachmentDownload;
import th.go.sesaoret.servicedesk.request.application.AttachmentInfo;
import th.go.sesaoret.servicedesk.request.application.RequestQueries;
import th.go.sesaoret.servicedesk.shared.BusinessException;

/**
 * One attachment of a request: {@code /requests/attachment?id=N}, for those who may see the request
 * (the service checks and audits). A picture or PDF, by the content type its content was checked to
 * be at upload, is served inline for a preview; anything else only as a download. Anyone else gets
 * 404 whether the attachment exists or not.
 */
@WebServlet("/requests/attachment")
public class AttachmentServlet extends HttpServlet {
  private static final long serialVersionUID = 1L;

  @EJB private RequestQueries queries;

  @Override
  protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
    resp.setHeader("X-Content-Type-Options", "nosniff");
    if (req.getUserPrincipal() == null) {
      resp.sendRedirect(req.getContextPath() + "/login.xhtml");
      return;
    }
    AttachmentDownload file;
    try {
      file = queries.attachment(Long.parseLong(req.getParameter("id")), req.getRemoteAddr());
    } catch (NumberFormatException | BusinessException | EJBAccessException e) {
      resp.sendError(HttpServletResponse.SC_NOT_FOUND);
      return;
    }
    boolean inline = AttachmentInfo.showsInline(file.contentType());
    resp.setContentType(inline ? file.contentType() : "application/octet-stream");
    resp.setHeader(
        "Content-Disposition",
        (inline ? "inline" : "attachment")
            + "; filename=\"attachment-"
            + req.getParameter("id")
            + "\"; filename*=UTF-8''"
            + URLEncoder.encode(file.filename(), StandardCharsets.UTF_8).replace("+", "%20"));
    resp.setHeader("Cache-Control", "private, no-store");
    resp.setContentLength(file.content().length);
    resp.getOutputStream().write(file.content());
  }
}
