package th.go.sesaoret.servicedesk.ita.web;

import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import th.go.sesaoret.servicedesk.ita.application.ItaSnapshot;
import th.go.sesaoret.servicedesk.ita.application.ItaStatistics;
import th.go.sesaoret.servicedesk.report.application.ExportFormat;
import th.go.sesaoret.servicedesk.report.domain.ReportPeriod;
import th.go.sesaoret.servicedesk.shared.web.Downloads;
import th.go.sesaoret.servicedesk.shared.web.LocaleBacking;

/**
 * The public ITA statistics' stable addresses, no sign-in and no session: {@code /ita} (the current
 * fiscal year), {@code /ita/2569} (fiscal year 2569), {@code /ita/2569/h1} and {@code /ita/2569/h2}
 * (its ITA halves; these are the page {@code /ita.xhtml}), and the same figures as {@code
 * /ita/2569.xlsx}, {@code .pdf}, {@code .csv} ({@code /ita/2569/h1.pdf}, ...), in the reader's
 * language ({@code ?lang=en}). A year or half that is not published, or any other address, is the
 * same 404. Pages and files are kept five minutes by caches and asked again with their ETag (the
 * snapshot's computing time, the period and the language).
 */
@WebServlet(urlPatterns = {"/ita", "/ita/*"})
public class ItaServlet extends HttpServlet {
  private static final long serialVersionUID = 1L;

  /** The request attribute the page reads: the snapshot to show. */
  static final String SNAPSHOT = "ita.snapshot";

  static final String CACHE = "public, max-age=300";

  private static final Pattern PATH =
      Pattern.compile("/?([0-9]{4}(?:/h[12])?)?(?:\\.(xlsx|csv|pdf))?");

  @EJB private ItaStatistics statistics;
  @Inject private LocaleBacking locale;

  @Override
  protected void doGet(HttpServletRequest req, HttpServletResponse resp)
      throws IOException, ServletException {
    String path = req.getPathInfo() == null ? "" : req.getPathInfo();
    Matcher m = PATH.matcher(path);
    if (path.length() > 20 || !m.matches() || (m.group(1) == null && m.group(2) != null)) {
      resp.sendError(HttpServletResponse.SC_NOT_FOUND);
      return;
    }
    Optional<ReportPeriod> period = statistics.period(m.group(1) == null ? "" : m.group(1));
    if (period.isEmpty()) {
      resp.sendError(HttpServletResponse.SC_NOT_FOUND);
      return;
    }
    ItaSnapshot snapshot = statistics.snapshot(period.get());
    String etag =
        etag(
            m.group(2) == null ? "page" : m.group(2),
            snapshot.period(),
            snapshot.computedAt(),
            locale.getLanguage());
    if (notModified(req, resp, etag)) {
      return;
    }
    if (m.group(2) == null) {
      req.setAttribute(SNAPSHOT, snapshot);
      req.getRequestDispatcher("/ita.xhtml").forward(req, resp);
      return;
    }
    ExportFormat format = ExportFormat.valueOf(m.group(2).toUpperCase(java.util.Locale.ROOT));
    String name = "ita-" + m.group(1).replace('/', '-') + "." + format.extension();
    resp.setContentType(format.contentType());
    resp.setHeader("Content-Disposition", Downloads.attachment(name, name));
    resp.setHeader("X-Content-Type-Options", "nosniff");
    statistics.download(snapshot, format, locale.getLocale(), resp.getOutputStream());
  }

  static String etag(Object... parts) {
    StringBuilder s = new StringBuilder();
    for (Object p : parts) {
      s.append(p).append('\u0000');
    }
    try {
      byte[] hash =
          MessageDigest.getInstance("SHA-256")
              .digest(s.toString().getBytes(StandardCharsets.UTF_8));
      return "\"" + HexFormat.of().formatHex(hash, 0, 16) + "\"";
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Sets the cache headers; true (and a 304 sent) when the reader holds this answer already. */
  static boolean notModified(HttpServletRequest req, HttpServletResponse resp, String etag) {
    resp.setHeader("Cache-Control", CACHE);
    resp.setHeader("ETag", etag);
    resp.setHeader("Vary", "Accept-Language, Cookie");
    String asked = req.getHeader("If-None-Match");
    if (asked != null) {
      for (String tag : asked.split(",")) {
        String t = tag.strip();
        if (t.startsWith("W/")) {
          t = t.substring(2);
        }
        if (t.equals(etag) || t.equals("*")) {
          resp.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
          return true;
        }
      }
    }
    return false;
  }
}
