package th.go.sesaoret.servicedesk.shared.web;

import jakarta.faces.application.ResourceHandler;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.IOException;

/**
 * The browser-side protections on every response (pages, resources, downloads, the PDF servlet,
 * error pages): no framing, no content sniffing, no referrer outside the site, HSTS once served
 * over HTTPS, and a Content-Security-Policy; a public page is never kept by a shared cache. Faces
 * pages get PrimeFaces' policy with a fresh script nonce (web.xml {@code primefaces.CSP_POLICY});
 * it replaces the fallback set here, so a response never carries two policies. The fallback, for
 * everything that is not a page, allows nothing inline and no framing; it keeps {@code object-src
 * 'self'} so the browser's own PDF viewer still shows the printed repair form.
 *
 * <p>The session cookie's attributes are set by Undertow, in {@code WEB-INF/undertow-handlers.conf}
 * (a file that takes no comments, so they are here): {@code samesite-cookie} sends SameSite=Lax
 * (web.xml's cookie attribute alone is not sent); {@code secure-cookie} marks cookies Secure when
 * the request is HTTPS; and a request that a TLS-terminating proxy forwards with {@code
 * X-Forwarded-Proto: https} gets the https scheme first, so behind such a proxy the cookie is
 * Secure and redirects stay on https. Only the scheme is taken from the proxy: the listener's
 * {@code proxy-address-forwarding} would also trust X-Forwarded-For, letting anyone who reaches the
 * server directly write any address into the traffic log, so it stays off. A client sending the
 * header itself only marks its own cookie Secure. {@code SERVICEDESK_SECURE_COOKIE=true} marks it
 * Secure always (configure-server.cli).
 */
@WebFilter(
    urlPatterns = "/*",
    dispatcherTypes = {DispatcherType.REQUEST, DispatcherType.FORWARD, DispatcherType.ERROR})
public class SecurityHeaders extends HttpFilter {
  private static final long serialVersionUID = 1L;

  static final String CSP = "Content-Security-Policy";
  static final String CACHE_CONTROL = "Cache-Control";
  static final String PAGE_CACHE = "private, no-cache";
  static final String FALLBACK_POLICY =
      "default-src 'self'; object-src 'self'; base-uri 'none'; form-action 'self';"
          + " frame-ancestors 'none'";

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    OnePolicy wrapped = new OnePolicy(response, request.isSecure());
    wrapped.apply();
    if (isPage(request) && !response.containsHeader(CACHE_CONTROL)) {
      // a public page: only the browser keeps it, and asks again (its nonce, the sign-in token).
      // Signed-in pages already carry the container's no-store; resources set their own lifetime.
      response.setHeader(CACHE_CONTROL, PAGE_CACHE);
    }
    chain.doFilter(request, wrapped);
  }

  /** A Faces page (not a resource, a download or a static file). */
  private static boolean isPage(HttpServletRequest request) {
    String path = request.getServletPath();
    return path != null
        && (path.endsWith(".xhtml") || path.endsWith("/"))
        && !path.startsWith(ResourceHandler.RESOURCE_IDENTIFIER);
  }

  /** Keeps the headers through a reset and lets a page's own policy replace the fallback. */
  static final class OnePolicy extends HttpServletResponseWrapper {
    private final boolean secure;

    OnePolicy(HttpServletResponse response, boolean secure) {
      super(response);
      this.secure = secure;
    }

    void apply() {
      HttpServletResponse r = (HttpServletResponse) getResponse();
      r.setHeader("X-Content-Type-Options", "nosniff");
      r.setHeader("X-Frame-Options", "DENY");
      r.setHeader("Referrer-Policy", "same-origin");
      r.setHeader(CSP, FALLBACK_POLICY);
      if (secure) {
        r.setHeader("Strict-Transport-Security", "max-age=31536000");
      }
    }

    @Override
    public void addHeader(String name, String value) {
      if (CSP.equalsIgnoreCase(name)) {
        super.setHeader(name, value);
      } else {
        super.addHeader(name, value);
      }
    }

    @Override
    public void reset() {
      super.reset();
      apply();
    }
  }
}
