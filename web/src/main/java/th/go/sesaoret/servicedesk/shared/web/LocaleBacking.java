package th.go.sesaoret.servicedesk.shared.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Arrays;
import java.util.Collections;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * The language of this request, worked out without a session: the language just chosen by {@code
 * ?lang=} ({@link LanguageSwitch}), else the one remembered in the language cookie, else the first
 * of Thai and English the browser asks for (Accept-Language), else Thai. Request-scoped, so an
 * anonymous reader of the public pages costs the server nothing after the response.
 */
@Named
@RequestScoped
public class LocaleBacking {
  private static final String THAI = "th";
  private static final String ENGLISH = "en";

  @Inject private HttpServletRequest request;
  private Locale locale;

  public Locale getLocale() {
    if (locale == null) {
      locale = Locale.forLanguageTag(language(request));
    }
    return locale;
  }

  public String getLanguage() {
    return getLocale().getLanguage();
  }

  public boolean isThai() {
    return THAI.equals(getLanguage());
  }

  /**
   * The link that shows the page the browser is on in {@code language}: the same address with
   * {@code lang=} in its query, relative ("?...") so that it works on forwarded and error pages
   * too, where the browser's address is not the page that answered.
   */
  public String switchLink(String language) {
    return link(originalQuery(), language);
  }

  /** {@code ?} + {@code query} without its {@code lang} + {@code lang=language}. */
  static String link(String query, String language) {
    String kept =
        Arrays.stream(query.split("&"))
            .filter(p -> !p.isEmpty() && !p.equals(LanguageSwitch.PARAM))
            .filter(p -> !p.startsWith(LanguageSwitch.PARAM + "="))
            .collect(Collectors.joining("&"));
    String lang = supported(language) ? language : THAI;
    return "?" + (kept.isEmpty() ? "" : kept + "&") + LanguageSwitch.PARAM + "=" + lang;
  }

  /** The query string of the address the browser asked for (an error page keeps the request's). */
  private String originalQuery() {
    boolean forwarded = request.getAttribute(RequestDispatcher.FORWARD_REQUEST_URI) != null;
    Object query =
        forwarded
            ? request.getAttribute(RequestDispatcher.FORWARD_QUERY_STRING)
            : request.getQueryString();
    return query == null ? "" : query.toString();
  }

  /** The language of {@code request} by the rule of this class. */
  static String language(HttpServletRequest request) {
    Object chosen = request.getAttribute(LanguageSwitch.CHOSEN);
    if (chosen != null) {
      return chosen.toString();
    }
    String remembered = LanguageSwitch.remembered(request);
    if (remembered != null) {
      return remembered;
    }
    if (request.getHeader("Accept-Language") == null) {
      return THAI; // getLocales() would answer the server's own default
    }
    return Collections.list(request.getLocales()).stream()
        .map(Locale::getLanguage)
        .filter(LocaleBacking::supported)
        .findFirst()
        .orElse(THAI);
  }

  static boolean supported(String language) {
    return THAI.equals(language) || ENGLISH.equals(language);
  }
}
