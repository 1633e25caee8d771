package th.go.sesaoret.servicedesk.shared.web;

import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * The language switch: a GET of any page with {@code ?lang=th} or {@code ?lang=en} shows it in that
 * language and remembers the choice in a cookie for a year, without a session, so anonymous readers
 * can switch too. A signed-in person's choice is also told as {@link LanguageChosen} to whoever
 * keeps their account (their notices follow it): the cookie may have been chosen before they signed
 * in.
 */
@WebFilter(urlPatterns = "/*", dispatcherTypes = DispatcherType.REQUEST)
public class LanguageSwitch extends HttpFilter {
  private static final long serialVersionUID = 1L;
  static final String PARAM = "lang";
  static final String COOKIE = "servicedesk-lang";

  /** Request attribute: the language chosen by this very request. */
  static final String CHOSEN = LanguageSwitch.class.getName() + ".chosen";

  private static final int ONE_YEAR = 365 * 24 * 3600;

  @Inject private Event<LanguageChosen> chosen;

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    // only a GET's query is read: parsing a form's body here would take it from Faces
    String lang = "GET".equals(request.getMethod()) ? request.getParameter(PARAM) : null;
    if (lang != null && LocaleBacking.supported(lang)) {
      request.setAttribute(CHOSEN, lang);
      if (!lang.equals(remembered(request))) {
        response.addCookie(Cookies.of(request, COOKIE, lang, ONE_YEAR, "Lax"));
      }
      if (request.getUserPrincipal() != null) {
        chosen.fire(new LanguageChosen(lang));
      }
    }
    chain.doFilter(request, response);
  }

  /** The language the cookie remembers, if it names one. */
  static String remembered(HttpServletRequest request) {
    return Cookies.value(request, COOKIE).filter(LocaleBacking::supported).orElse(null);
  }
}
