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

  /** True when the bundle has {@code key}. */
  public static boolean has(String key) {
    return bundle(locale()).containsKey(key);
  }

  private static Locale locale() {
    // the request's language (LocaleBacking), not the view root's: on a GET the view root does not
    // know it yet
    return CDI.current().select(LocaleBacking.class).get().getLocale();
  }

  private static ResourceBundle bundle(Locale locale) {
    return ResourceBundle.getBundle(
        "messages", locale, Thread.currentThread().getContextClassLoader());
  }

  public static String text(String key, Object... args) {
    Locale locale = locale();
    ResourceBundle bundle = bundle(locale);
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

  /**
   * The outcome of an action, for the messages next to it ({@code <p:messages for="target"
   * forType="key">}), not the page-wide ones at the top.
   */
  public static void infoAt(String target, String key, Object... args) {
    addAt(target, FacesMessage.SEVERITY_INFO, key, args);
  }

  public static void errorAt(String target, BusinessException e) {
    addAt(target, FacesMessage.SEVERITY_ERROR, e.key(), e.args());
  }

  private static void add(FacesMessage.Severity severity, String key, Object... args) {
    addAt(null, severity, key, args);
  }

  private static void addAt(
      String target, FacesMessage.Severity severity, String key, Object... args) {
    String text = text(key, args);
    FacesContext.getCurrentInstance().addMessage(target, new FacesMessage(severity, text, null));
  }
}
