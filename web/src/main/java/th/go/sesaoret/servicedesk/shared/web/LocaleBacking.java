package th.go.sesaoret.servicedesk.shared.web;

import jakarta.enterprise.context.SessionScoped;
import jakarta.enterprise.event.Event;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import java.io.Serializable;
import java.util.Locale;
import java.util.Map;

/**
 * The language of the session: Thai unless the person chose English. The choice is remembered in a
 * cookie for a year, and, for a signed-in person, told as {@link LanguageChosen} to whoever keeps
 * their account (their notices follow it).
 */
@Named
@SessionScoped
public class LocaleBacking implements Serializable {
  private static final long serialVersionUID = 1L;
  static final String COOKIE = "servicedesk-lang";
  private static final int ONE_YEAR = 365 * 24 * 3600;

  @Inject private Event<LanguageChosen> chosen;
  private Locale locale;

  public Locale getLocale() {
    if (locale == null) {
      locale = Locale.forLanguageTag(fromCookie());
    }
    return locale;
  }

  public String getLanguage() {
    return getLocale().getLanguage();
  }

  public boolean isThai() {
    return "th".equals(getLanguage());
  }

  /** Switches the language and shows the same page again. */
  public String switchTo(String language) {
    String lang = "en".equals(language) ? "en" : "th";
    locale = Locale.forLanguageTag(lang);
    FacesContext faces = FacesContext.getCurrentInstance();
    faces.getViewRoot().setLocale(locale);
    ExternalContext external = faces.getExternalContext();
    external.addResponseCookie(
        COOKIE,
        lang,
        Map.of("maxAge", ONE_YEAR, "path", "/", "httpOnly", Boolean.TRUE, "SameSite", "Lax"));
    if (external.getUserPrincipal() != null) {
      chosen.fire(new LanguageChosen(lang));
    }
    return faces.getViewRoot().getViewId() + "?faces-redirect=true&includeViewParams=true";
  }

  private static String fromCookie() {
    var request =
        (HttpServletRequest) FacesContext.getCurrentInstance().getExternalContext().getRequest();
    if (request.getCookies() != null) {
      for (Cookie c : request.getCookies()) {
        if (COOKIE.equals(c.getName()) && "en".equals(c.getValue())) {
          return "en";
        }
      }
    }
    return "th";
  }
}
