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
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import th.go.sesaoret.servicedesk.publication.application.PostFileDownload;
import th.go.sesaoret.servicedesk.publication.application.PublicationQueries;
import th.go.sesaoret.servicedesk.shared.BusinessException;

/**
 * One file of a post for its request side: {@code /publication/file/POST/FILE}, for whoever writes
 * the draft or may see its request (the service checks and audits); anyone else gets 404 whether
 * the file exists or not. Pictures and PDFs, by the content type their content was checked to be,
 * are served inline so the form and the authoriser's reading view show them in the page (an image,
 * a PDF in a frame of this site only); Office documents only as downloads. Always {@code nosniff};
 * a picture also under a sandbox policy (an SVG drawing runs nothing even opened on its own).
 */
@WebServlet("/publication/file/*")
public class PublicationFileServlet extends HttpServlet {
  private static final long serialVersionUID = 1L;
  private static final Pattern PATH = Pattern.compile("/([0-9]{1,18})/([0-9]{1,18})");

  @EJB private PublicationQueries queries;

  @Override
  protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
    resp.setHeader("X-Content-Type-Options", "nosniff");
    if (req.getUserPrincipal() == null) {
      resp.sendRedirect(req.getContextPath() + "/login.xhtml");
      return;
    }
    Matcher m = PATH.matcher(req.getPathInfo() == null ? "" : req.getPathInfo());
    if (!m.matches()) {
      resp.sendError(HttpServletResponse.SC_NOT_FOUND);
      return;
    }
    PostFileDownload file;
    try {
      file =
          queries.file(Long.parseLong(m.group(1)), Long.parseLong(m.group(2)), req.getRemoteAddr());
    } catch (NumberFormatException | BusinessException | EJBAccessException e) {
      resp.sendError(HttpServletResponse.SC_NOT_FOUND);
      return;
    }
    String type = file.contentType();
    boolean image = type.startsWith("image/");
    boolean pdf = "application/pdf".equals(type);
    boolean inline = image || pdf;
    resp.setContentType(inline ? type : "application/octet-stream");
    if (image) {
      resp.setHeader(
          "Content-Security-Policy",
          "default-src 'none'; style-src 'unsafe-inline'; frame-ancestors 'self'; sandbox");
    } else {
      // the browser's PDF viewer runs in a frame of the reading view: framing by this site only
      resp.setHeader(
          "Content-Security-Policy",
          "default-src 'self'; object-src 'self'; base-uri 'none'; form-action 'none';"
              + " frame-ancestors 'self'");
    }
    resp.setHeader("X-Frame-Options", "SAMEORIGIN");
    resp.setHeader(
        "Content-Disposition",
        (inline ? "inline" : "attachment")
            + "; filename=\"post-file-"
            + m.group(2)
            + "\"; filename*=UTF-8''"
            + URLEncoder.encode(file.name(), StandardCharsets.UTF_8).replace("+", "%20"));
    resp.setHeader("Cache-Control", "private, no-store");
    resp.setContentLength(file.content().length);
    resp.getOutputStream().write(file.content());
  }
}
