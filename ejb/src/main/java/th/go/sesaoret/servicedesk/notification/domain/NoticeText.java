package th.go.sesaoret.servicedesk.notification.domain;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;
import th.go.sesaoret.servicedesk.notification.application.NoticeKind;

/**
 * The words of one notice e-mail, from the bundle {@code notices_th} / {@code notices_en}: the
 * request number in the subject, and a link to the request page in the body.
 */
public record NoticeText(String subject, String body) {
  public static final String BASE_URL = "servicedesk.base-url";
  private static final String DEFAULT_BASE_URL = "http://localhost:8080";

  private static final Locale THAI = Locale.forLanguageTag("th");
  private static final String BUNDLE = "notices";

  /**
   * Words a notice for a reader.
   *
   * @param language the reader's language ("en" for English; anything else is Thai)
   * @param baseUrl the application's address, without a trailing slash
   */
  public static NoticeText of(
      NoticeKind kind,
      String requestNumber,
      int stepOrder,
      long requestId,
      String language,
      String baseUrl) {
    Locale locale = locale(language);
    ResourceBundle bundle = bundle(locale);
    String link = link(baseUrl, requestId);
    String what = what(kind, requestNumber, stepOrder, locale);
    String subject = format(bundle, "notice.subject", locale, requestNumber, what);
    String body = format(bundle, "notice.body", locale, what, link);
    return new NoticeText(subject, body);
  }

  /**
   * The line that says what a notice is about, as the inbox shows it and the mail's subject and
   * body carry it: the one text of each kind, for every place a kind is rendered.
   *
   * @param locale the reader's locale (English, else Thai)
   */
  public static String what(NoticeKind kind, String requestNumber, int stepOrder, Locale locale) {
    Locale reader = locale(locale == null ? null : locale.getLanguage());
    return format(
        bundle(reader), "notice." + kind.name(), reader, requestNumber, String.valueOf(stepOrder));
  }

  /**
   * A kind's short name for the administrator's dead-letter list; the code itself when the message
   * carries a kind this version does not know (that is why such a message is dead).
   */
  public static String kindName(String kindCode, Locale locale) {
    ResourceBundle bundle = bundle(locale(locale == null ? null : locale.getLanguage()));
    String key = "notice.name." + kindCode;
    return bundle.containsKey(key) ? bundle.getString(key) : kindCode;
  }

  private static Locale locale(String language) {
    return "en".equals(language) ? Locale.ENGLISH : THAI;
  }

  private static ResourceBundle bundle(Locale locale) {
    return ResourceBundle.getBundle(
        BUNDLE,
        locale,
        NoticeText.class.getClassLoader(),
        ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
  }

  /** The application's public address (system property {@value #BASE_URL}), for links. */
  public static String baseUrl() {
    return System.getProperty(BASE_URL, DEFAULT_BASE_URL);
  }

  /** The request page a notice (or a printed form's QR code) points to. */
  public static String link(String baseUrl, long requestId) {
    String base = baseUrl == null || baseUrl.isBlank() ? DEFAULT_BASE_URL : baseUrl.strip();
    if (base.endsWith("/")) {
      base = base.substring(0, base.length() - 1);
    }
    return base + "/requests/view.xhtml?id=" + requestId;
  }

  private static String format(ResourceBundle bundle, String key, Locale locale, Object... args) {
    return new MessageFormat(bundle.getString(key), locale).format(args);
  }
}
