package th.go.sesaoret.servicedesk.conference.web;

import jakarta.ejb.EJB;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import th.go.sesaoret.servicedesk.conference.application.ConferenceFeeds;
import th.go.sesaoret.servicedesk.conference.application.ConferenceFeeds.Feed;

/**
 * The conference rooms' iCal feeds, for calendar programs to subscribe to: {@code
 * /calendar/room/N.ics} (one room), {@code /calendar/all.ics} (every room) and {@code
 * /calendar/me/TOKEN.ics} (a person's own, behind their secret token). No sign-in and no session;
 * an unknown room, a renewed token and a wrong address answer the same 404. The public feeds may be
 * kept for five minutes by anyone, with an ETag to ask again cheaply; a personal feed only by its
 * reader.
 */
@WebServlet("/calendar/*")
public class FeedServlet extends HttpServlet {
  private static final long serialVersionUID = 1L;
  private static final Pattern ROOM = Pattern.compile("/room/([0-9]{1,12})\\.ics");
  private static final Pattern MINE = Pattern.compile("/me/([A-Za-z0-9_-]{1,64})\\.ics");
  static final String PUBLIC_CACHE = "public, max-age=300";
  static final String PERSONAL_CACHE = "private, max-age=300";

  @EJB private ConferenceFeeds feeds;

  @Override
  protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
    String path = req.getPathInfo() == null ? "" : req.getPathInfo();
    Locale locale = "en".equals(req.getParameter("lang")) ? Locale.ENGLISH : new Locale("th");
    Optional<Feed> feed = Optional.empty();
    String cache = PUBLIC_CACHE;
    Matcher room = ROOM.matcher(path);
    Matcher mine = MINE.matcher(path);
    if ("/all.ics".equals(path)) {
      feed = Optional.of(feeds.all(locale));
    } else if (room.matches()) {
      feed = feeds.room(Long.parseLong(room.group(1)), locale);
    } else if (mine.matches()) {
      feed = feeds.personal(mine.group(1), locale);
      cache = PERSONAL_CACHE;
    }
    if (feed.isEmpty()) {
      resp.sendError(HttpServletResponse.SC_NOT_FOUND);
      return;
    }
    send(req, resp, feed.get(), cache);
  }

  private static void send(
      HttpServletRequest req, HttpServletResponse resp, Feed feed, String cache)
      throws IOException {
    byte[] body = feed.text().getBytes(StandardCharsets.UTF_8);
    String etag = "\"" + sha256(body).substring(0, 32) + "\"";
    resp.setHeader("Cache-Control", cache);
    resp.setHeader("ETag", etag);
    resp.setHeader("X-Content-Type-Options", "nosniff");
    if (etag.equals(req.getHeader("If-None-Match"))) {
      resp.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
      return;
    }
    resp.setContentType("text/calendar; charset=utf-8");
    resp.setHeader("Content-Disposition", "inline; filename=\"calendar.ics\"");
    resp.setContentLength(body.length);
    resp.getOutputStream().write(body);
  }

  private static String sha256(byte[] body) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(body));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
