package th.go.sesaoret.servicedesk.shared.web;

import jakarta.validation.MessageInterpolator;
import jakarta.validation.metadata.ConstraintDescriptor;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;

/**
 * Words Bean Validation's refusals from the pages' bundle ({@code messages_th/_en}): a constraint
 * whose message is {@code "{repair.symptom.tooLong}"} shows that key's text, its {@code {0}} the
 * limit the constraint declares ({@code @Size}'s max, or its min when it has no max; {@code @Max}'s
 * and {@code @Min}'s value), the same text and number the service would refuse it with. Any other
 * message is left to the provider's own interpolator.
 */
public class BundleInterpolator implements MessageInterpolator {
  private static final Locale THAI = Locale.forLanguageTag("th");

  private final MessageInterpolator provider;

  public BundleInterpolator(MessageInterpolator provider) {
    this.provider = provider;
  }

  @Override
  public String interpolate(String template, Context context) {
    return interpolate(template, context, THAI);
  }

  @Override
  public String interpolate(String template, Context context, Locale locale) {
    String key = key(template);
    ResourceBundle bundle = bundle(locale == null ? THAI : locale);
    if (key == null || !bundle.containsKey(key)) {
      return provider.interpolate(template, context, locale);
    }
    Object limit = limit(context.getConstraintDescriptor());
    String text = bundle.getString(key);
    return limit == null ? text : new MessageFormat(text, locale).format(new Object[] {limit});
  }

  /** {@code "{a.b}"}: {@code a.b}; anything else: null. */
  static String key(String template) {
    return template != null && template.matches("\\{[\\w.]+}")
        ? template.substring(1, template.length() - 1)
        : null;
  }

  /** The number a constraint declares, or null. */
  static Object limit(ConstraintDescriptor<?> constraint) {
    Map<String, Object> attributes = constraint.getAttributes();
    Object max = attributes.get("max");
    if (max instanceof Integer m && m != Integer.MAX_VALUE) {
      return m;
    }
    Object value = attributes.get("value");
    return value != null ? value : attributes.get("min");
  }

  private static ResourceBundle bundle(Locale locale) {
    return ResourceBundle.getBundle(
        "messages", locale, Thread.currentThread().getContextClassLoader());
  }
}
