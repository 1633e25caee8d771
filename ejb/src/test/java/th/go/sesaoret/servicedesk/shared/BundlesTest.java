package th.go.sesaoret.servicedesk.shared;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Locale;
import java.util.ResourceBundle;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/** The services' bundles say the same things in Thai and in English: the same keys in both. */
class BundlesTest {
  private static TreeSet<String> keys(String name, String language) {
    return new TreeSet<>(
        ResourceBundle.getBundle(
                name,
                Locale.forLanguageTag(language),
                ResourceBundle.Control.getNoFallbackControl(
                    ResourceBundle.Control.FORMAT_PROPERTIES))
            .keySet());
  }

  @Test
  void everyBundleHasTheSameKeysInThaiAndEnglish() {
    for (String name : new String[] {"repair", "forms", "catalog", "mail", "notices"}) {
      assertEquals(keys(name, "th"), keys(name, "en"), name);
    }
  }

  @Test
  void aPatternGetsItsArgumentsAndAPlainTextStaysAsItIs() {
    assertEquals(
        "1 working day",
        Wording.of("catalog", Locale.ENGLISH).text("catalog.standard.amount", "1", "working day"));
    assertEquals(
        "เลขที่ ซ.0001/2569", Wording.thai("forms").text("forms.repair.number", "ซ.0001/2569"));
    assertEquals(
        "Awaiting the requester's confirmation",
        Wording.of("repair", Locale.ENGLISH).text("repair.confirmation.PENDING"));
  }
}
