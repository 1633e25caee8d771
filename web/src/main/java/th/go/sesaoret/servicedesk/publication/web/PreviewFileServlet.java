package th.go.sesaoret.servicedesk.publication.web;

import jakarta.ejb.EJB;
import jakarta.ejb.EJBAccessException;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import th.go.sesaoret.servicedesk.publication.application.PublicationDesk;
import th.go.sesaoret.servicedesk.request.application.AttachmentDownload;
import th.go.sesaoret.servicedesk.request.application.AttachmentInfo;

/**
 * A file of a previewed post: {@code /requests/publication-preview-file?t=TOKEN&f=ID}, for whoever
 * may open that preview. An image or PDF (its type checked at upload) is served inline, anything
 * else only as a download; {@code nosniff}, never cached, never indexed. A guessed, dead or someone
 * else's link and an unknown file give the same 404.
 */
@WebServlet("/requests/publication-preview-file")
public class PreviewFileServlet extends HttpServlet {
  private static final long serialVersionUID = 1L;

  /** The prefix of a preview's file links (context-relative); the file's id follows. */
  static String prefix(String contextPath, String token) {
    return contextPath + "/requests/publication-preview-file?t=" + token + "&f=";
  }

  @EJB private PublicationDesk desk;

  @Override
  protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
    resp.setHeader("X-Content-Type-Options", "nosniff");
    resp.setHeader("X-Robots-Tag", "noindex, nofollow");
    resp.setHeader("Cache-Control", "private, no-store");
    if (req.getUserPrincipal() == null) {
      resp.sendRedirect(req.getContextPath() + "/login.xhtml");
      return;
    }
    String f = req.getParameter("f");
    Optional<AttachmentDownload> found;
    try {
      found =
          f != null && f.matches("[0-9]{1,18}")
              ? desk.previewFile(req.getParameter("t"), Long.parseLong(f))
              : Optional.empty();
    } catch (EJBAccessException e) {
      found = Optional.empty();
    }
    if (found.isEmpty()) {
      resp.sendError(HttpServletResponse.SC_NOT_FOUND);
      return;
    }
    AttachmentDownload file = found.get();
    boolean inline = AttachmentInfo.showsInline(file.contentType());
    resp.setContentType(inline ? file.contentType() : "application/octet-stream");
    resp.setHeader(
        "Content-Disposition",
        (inline ? "inline" : "attachment")
            + "; filename=\"file-"
            + f
            + "\"; filename*=UTF-8''"
            + URLEncoder.encode(file.filename(), StandardCharsets.UTF_8).replace("+", "%20"));
    resp.setContentLength(file.content().length);
    resp.getOutputStream().write(file.content());
  }
}
