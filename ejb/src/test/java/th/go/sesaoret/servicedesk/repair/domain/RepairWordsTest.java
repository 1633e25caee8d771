package th.go.sesaoret.servicedesk.repair.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Every word of the repair vocabulary is in the bundle, in Thai and in English. */
class RepairWordsTest {
  private static final List<Class<? extends Labelled>> VOCABULARY =
      List.of(
          Channel.class,
          Confirmation.class,
          EquipmentType.class,
          RepairKind.class,
          Resolution.class,
          Urgency.class,
          WorkLogKind.class);

  private static ResourceBundle bundle(String language) {
    return ResourceBundle.getBundle(
        Labelled.BUNDLE,
        Locale.forLanguageTag(language),
        ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
  }

  private static Stream<Labelled> words() {
    return VOCABULARY.stream().flatMap(type -> Stream.of(type.getEnumConstants()));
  }

  @Test
  void everyLabelKeyIsInTheThaiAndTheEnglishBundle() {
    ResourceBundle thai = bundle("th");
    ResourceBundle english = bundle("en");
    words()
        .forEach(
            w -> {
              assertTrue(thai.containsKey(w.labelKey()), "repair_th lacks " + w.labelKey());
              assertTrue(english.containsKey(w.labelKey()), "repair_en lacks " + w.labelKey());
              assertFalse(thai.getString(w.labelKey()).isBlank(), w.labelKey());
              assertFalse(english.getString(w.labelKey()).isBlank(), w.labelKey());
            });
    assertEquals(35, words().map(Labelled::labelKey).distinct().count(), "one key per word");
  }

  @Test
  void theKeyNamesTheTypeAndTheConstant() {
    assertEquals("repair.urgency.URGENT", Urgency.URGENT.labelKey());
    assertEquals("repair.equipmentType.PRINTER", EquipmentType.PRINTER.labelKey());
    assertEquals("repair.workLogKind.REOPENED", WorkLogKind.REOPENED.labelKey());
  }

  @Test
  void thePaperFormAndTheTitleTakeTheThaiWord() {
    assertEquals("เครื่องพิมพ์", EquipmentType.PRINTER.thai());
    assertEquals("ด่วน", Urgency.URGENT.thai());
    assertEquals("ยื่นออนไลน์", Channel.ONLINE.thai());
    assertNotEquals(
        bundle("en").getString(Resolution.REPAIRED.labelKey()), Resolution.REPAIRED.thai());
  }
}
