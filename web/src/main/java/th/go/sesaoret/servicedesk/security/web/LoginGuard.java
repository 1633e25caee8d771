package th.go.sesaoret.servicedesk.security.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Optional;
import java.util.regex.Pattern;
import th.go.sesaoret.servicedesk.shared.web.Cookies;

/**
 * Protection of the sign-in form against login CSRF (another site posting its own credentials
 * through a visitor's browser, so that the visitor works signed in as someone else), without a
 * session before sign-in: the form's view is transient, so its view state proves nothing.
 *
 * <p>A double-submit token: the page carries a random 256-bit token in a hidden field and the same
 * token in a cookie of this browser (HttpOnly, SameSite=Strict, Secure over HTTPS, and over HTTPS
 * named with the {@code __Host-} prefix, which no other host, not even a sibling subdomain, may
 * set). Another site can neither read the cookie nor make the browser send it (SameSite=Strict), so
 * a forged post lacks the pair. A post the browser itself marks as coming from another origin
 * ({@code Sec-Fetch-Site} other than {@code same-origin}) is refused before that. Checked before
 * the password, so a forged post costs no hash and counts no failed sign-in.
 */
@Named
@RequestScoped
public class LoginGuard {
  static final String FIELD = "signin-token";
  private static final String COOKIE = "servicedesk-signin";
  private static final Pattern WELL_FORMED = Pattern.compile("[A-Za-z0-9_-]{43}");
  private static final SecureRandom RANDOM = new SecureRandom();

  @Inject private HttpServletRequest request;
  private String token;

  /** The token of the form now rendering; issued with its cookie when this browser has none. */
  public String getToken() {
    if (token == null) {
      token = cookie().orElseGet(this::issue);
    }
    return token;
  }

  /** Before the page renders (the cookie must go out with the headers). */
  public void prepare() {
    getToken();
  }

  /** True when this sign-in post came from the sign-in page in this browser. */
  boolean genuine() {
    String site = request.getHeader("Sec-Fetch-Site");
    if (site != null && !site.equals("same-origin") && !site.equals("none")) {
      return false;
    }
    String posted = request.getParameter(FIELD);
    return posted != null
        && cookie()
            .map(
                c ->
                    MessageDigest.isEqual(
                        c.getBytes(StandardCharsets.US_ASCII),
                        posted.getBytes(StandardCharsets.UTF_8)))
            .orElse(false);
  }

  /** After sign-in: the token has served. */
  void forget() {
    response().addCookie(Cookies.expired(request, name(), "Strict"));
  }

  private String issue() {
    byte[] bytes = new byte[32];
    RANDOM.nextBytes(bytes);
    String fresh = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    response().addCookie(Cookies.of(request, name(), fresh, -1, "Strict"));
    return fresh;
  }

  private Optional<String> cookie() {
    return Cookies.value(request, name()).filter(v -> WELL_FORMED.matcher(v).matches());
  }

  /** {@code __Host-} only where the browser accepts it: over HTTPS. */
  private String name() {
    return request.isSecure() ? "__Host-" + COOKIE : COOKIE;
  }

  private static HttpServletResponse response() {
    return (HttpServletResponse)
        FacesContext.getCurrentInstance().getExternalContext().getResponse();
  }
}
