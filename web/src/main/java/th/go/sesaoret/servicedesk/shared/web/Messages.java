package th.go.sesaoret.servicedesk.shared.web;

import jakarta.enterprise.inject.spi.CDI;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import th.go.sesaoret.servicedesk.shared.BusinessException;

/** Puts bundle texts on the page as messages, in the view's language. */
public final class Messages {
  private Messages() {}

  public static String text(String key, Object... args) {
    // the session's language, not the view root's: on a GET the view root does not know it yet
    Locale locale = CDI.current().select(LocaleBacking.class).get().getLocale();
    ResourceBundle bundle =
        ResourceBundle.getBundle(
            "messages", locale, Thread.currentThread().getContextClassLoader());
    String pattern;
    try {
      pattern = bundle.getString(key);
    } catch (MissingResourceException e) {
      pattern = key;
    }
    return args.length == 0 ? pattern : new MessageFormat(pattern, locale).format(args);
  }

  public static void info(String key, Object... args) {
    add(FacesMessage.SEVERITY_INFO, key, args);
  }

  public static void error(String key, Object... args) {
    add(FacesMessage.SEVERITY_ERROR, key, args);
  }

  public static void error(BusinessException e) {
    error(e.key(), e.args());
  }

  private static void add(FacesMessage.Severity severity, String key, Object... args) {
    String text = text(key, args);
    FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(severity, text, null));
  }
}
