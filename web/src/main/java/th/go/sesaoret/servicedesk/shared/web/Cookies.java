package th.go.sesaoret.servicedesk.shared.web;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Arrays;
import java.util.Optional;

/**
 * The application's own cookies, with the attributes of the session cookie: HttpOnly, path {@code
 * /}, a SameSite policy, and Secure whenever the request came over HTTPS (directly or through the
 * TLS proxy, see {@link SecurityHeaders}) or the server marks the session cookie Secure always
 * ({@code SERVICEDESK_SECURE_COOKIE=true}).
 */
public final class Cookies {
  private Cookies() {}

  /** A cookie for {@code value}; {@code maxAge} in seconds, -1 for the browser session. */
  public static Cookie of(
      HttpServletRequest request, String name, String value, int maxAge, String sameSite) {
    Cookie cookie = new Cookie(name, value);
    cookie.setPath("/");
    cookie.setHttpOnly(true);
    cookie.setMaxAge(maxAge);
    cookie.setSecure(secure(request));
    cookie.setAttribute("SameSite", sameSite);
    return cookie;
  }

  /** A cookie that tells the browser to forget {@code name}. */
  public static Cookie expired(HttpServletRequest request, String name, String sameSite) {
    return of(request, name, "", 0, sameSite);
  }

  public static boolean secure(HttpServletRequest request) {
    return request.isSecure() || request.getServletContext().getSessionCookieConfig().isSecure();
  }

  /** The value of the request's cookie {@code name}, if it sent one. */
  public static Optional<String> value(HttpServletRequest request, String name) {
    Cookie[] cookies = request.getCookies();
    if (cookies == null) {
      return Optional.empty();
    }
    return Arrays.stream(cookies)
        .filter(c -> name.equals(c.getName()))
        .map(Cookie::getValue)
        .findFirst();
  }
}
