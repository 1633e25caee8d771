package th.go.sesaoret.servicedesk.publication.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * The news pages' cache rule: anyone may keep a page, a feed or a file for a while, then ask again
 * with its ETag (made from what the answer is made of: the posts' versions, the language) and get a
 * 304 without a body when nothing changed.
 */
final class NewsCache {
  /** Lists and feeds: a minute (a new post shows soon). */
  static final String LISTS = "public, max-age=60";

  /** A post's page: five minutes. */
  static final String POST = "public, max-age=300";

  /** A file of a post: an hour (its bytes never change; a withdrawn post's files go with it). */
  static final String FILE = "public, max-age=3600";

  private NewsCache() {}

  /** A strong ETag of {@code parts}. */
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

  /**
   * Sets the cache headers; true (and a 304 sent) when the reader holds this very answer already.
   */
  static boolean notModified(
      HttpServletRequest req, HttpServletResponse resp, String etag, String cache) {
    resp.setHeader("Cache-Control", cache);
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
