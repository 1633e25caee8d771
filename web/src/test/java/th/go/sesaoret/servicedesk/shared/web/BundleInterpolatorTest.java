package th.go.sesaoret.servicedesk.shared.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import jakarta.validation.MessageInterpolator;
import jakarta.validation.metadata.ConstraintDescriptor;
import java.lang.reflect.Proxy;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import org.junit.jupiter.api.Test;

/** Bean Validation's refusals in the pages' words, with the constraint's limit as {@code {0}}. */
class BundleInterpolatorTest {
  private static final Locale THAI = Locale.forLanguageTag("th");

  /** The provider's own interpolator: says where it was asked. */
  private static final MessageInterpolator PROVIDER =
      new MessageInterpolator() {
        @Override
        public String interpolate(String template, Context context) {
          return "provider:" + template;
        }

        @Override
        public String interpolate(String template, Context context, Locale locale) {
          return "provider:" + template;
        }
      };

  private static MessageInterpolator.Context constraint(Map<String, Object> attributes) {
    ConstraintDescriptor<?> descriptor =
        (ConstraintDescriptor<?>)
            Proxy.newProxyInstance(
                BundleInterpolatorTest.class.getClassLoader(),
                new Class<?>[] {ConstraintDescriptor.class},
                (proxy, method, args) ->
                    method.getName().equals("getAttributes") ? attributes : null);
    return (MessageInterpolator.Context)
        Proxy.newProxyInstance(
            BundleInterpolatorTest.class.getClassLoader(),
            new Class<?>[] {MessageInterpolator.Context.class},
            (proxy, method, args) ->
                method.getName().equals("getConstraintDescriptor") ? descriptor : null);
  }

  private final BundleInterpolator words = new BundleInterpolator(PROVIDER);

  @Test
  void aSizeIsRefusedWithItsMaximumInThaiAndEnglish() {
    var size = constraint(Map.of("min", 0, "max", 2000));
    // the very text (and number format) the service's refusal shows through Messages.text
    assertEquals(
        "อาการเสียยาวเกิน 2,000 ตัวอักษร",
        words.interpolate("{repair.symptom.tooLong}", size, THAI));
    assertEquals(
        ResourceBundle.getBundle("messages", Locale.ENGLISH)
            .getString("repair.symptom.tooLong")
            .replace("{0}", "2,000"),
        words.interpolate("{repair.symptom.tooLong}", size, Locale.ENGLISH));
  }

  @Test
  void aMaximumOrMinimumNamesItsValue() {
    assertEquals(
        1440,
        BundleInterpolator.limit(constraint(Map.of("value", 1440L)).getConstraintDescriptor())
                instanceof Long l
            ? l.intValue()
            : -1);
    assertEquals(
        5,
        BundleInterpolator.limit(
            constraint(Map.of("min", 5, "max", Integer.MAX_VALUE)).getConstraintDescriptor()));
  }

  @Test
  void whatIsNotOneOfOurKeysIsTheProvidersToWord() {
    var size = constraint(Map.of("max", 10));
    assertEquals(
        "provider:size must be between", words.interpolate("size must be between", size, THAI));
    assertEquals("provider:{no.such.key}", words.interpolate("{no.such.key}", size, THAI));
    assertNull(BundleInterpolator.key("{jakarta.validation.constraints.Size.message} x"));
  }
}
