package th.go.sesaoret.servicedesk.shared;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * The words of one bundle of the services ({@code <name>_th.properties} / {@code
 * <name>_en.properties}), in Thai unless English is asked for. A text with arguments is a {@link
 * MessageFormat} pattern; one without is taken as it is.
 */
public final class Wording {
  private static final Locale THAI = Locale.forLanguageTag("th");

  private final ResourceBundle bundle;
  private final Locale locale;

  private Wording(String name, Locale locale) {
    this.locale = locale != null && "en".equals(locale.getLanguage()) ? Locale.ENGLISH : THAI;
    this.bundle =
        ResourceBundle.getBundle(
            name,
            this.locale,
            Wording.class.getClassLoader(),
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
  }

  /** The bundle {@code name} in {@code locale}'s language (Thai unless English). */
  public static Wording of(String name, Locale locale) {
    return new Wording(name, locale);
  }

  /** The bundle {@code name} in Thai, the language of the office's paper. */
  public static Wording thai(String name) {
    return new Wording(name, THAI);
  }

  public boolean has(String key) {
    return bundle.containsKey(key);
  }

  /** The text of {@code key}, with {@code args} filled in. */
  public String text(String key, Object... args) {
    String pattern = bundle.getString(key);
    return args.length == 0 ? pattern : new MessageFormat(pattern, locale).format(args);
  }
}
