package th.go.sesaoret.servicedesk.notification.domain;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * The words of one notice e-mail: the subject and body from the bundle {@code notices_th} / {@code
 * notices_en} (the request number in the subject, a link to the request page in the body), the line
 * of its kind from the kind's own bundle.
 */
public record NoticeText(String subject, String body) {
  public static final String BASE_URL = "servicedesk.base-url";
  private static final String DEFAULT_BASE_URL = "http://localhost:8080";

  private static final Locale THAI = Locale.forLanguageTag("th");

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
    ResourceBundle bundle = bundle(WorkflowNotice.BUNDLE, NoticeText.class, locale);
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
        bundle(kind, reader), kind.textKey(), reader, requestNumber, String.valueOf(stepOrder));
  }

  /** A kind's short name (the administrator's dead-letter list). */
  public static String kindName(NoticeKind kind, Locale locale) {
    return bundle(kind, locale(locale == null ? null : locale.getLanguage()))
        .getString(kind.nameKey());
  }

  private static Locale locale(String language) {
    return "en".equals(language) ? Locale.ENGLISH : THAI;
  }

  /** The kind's own bundle, beside the kind's class (a service's bundle in its own module). */
  private static ResourceBundle bundle(NoticeKind kind, Locale locale) {
    return bundle(kind.bundle(), kind.getClass(), locale);
  }

  private static ResourceBundle bundle(String name, Class<?> beside, Locale locale) {
    return ResourceBundle.getBundle(
        name,
        locale,
        beside.getClassLoader(),
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
