package th.go.sesaoret.servicedesk.repair.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.validation.constraints.Size;
import java.lang.reflect.Field;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import org.junit.jupiter.api.Test;
import th.go.sesaoret.servicedesk.repair.domain.RepairForm;
import th.go.sesaoret.servicedesk.repair.domain.WorkLogEntry;

/**
 * The repair pages' form objects: every length they declare is refused in the bundle's words (Thai
 * and English, with the limit as its number), and is the domain's constant the page shows.
 */
class RepairInputsTest {
  private static List<Field> limited() {
    List<Class<?>> forms = new ArrayList<>(List.of(RepairFormInput.class));
    forms.addAll(List.of(RepairInputs.class.getClasses()));
    List<Field> fields = new ArrayList<>();
    for (Class<?> form : forms) {
      for (Field f : form.getDeclaredFields()) {
        if (f.isAnnotationPresent(Size.class)) {
          fields.add(f);
        }
      }
    }
    return fields;
  }

  @Test
  void everyLimitIsRefusedWithABundleTextThatNamesTheLimit() {
    List<Field> fields = limited();
    assertEquals(
        17, fields.size(), "the limited texts of the repair form and the panel's nine forms");
    for (String language : new String[] {"th", "en"}) {
      ResourceBundle bundle = ResourceBundle.getBundle("messages", Locale.forLanguageTag(language));
      for (Field f : fields) {
        String message = f.getAnnotation(Size.class).message();
        String key = message.substring(1, message.length() - 1);
        assertTrue(bundle.containsKey(key), language + ": " + key + " of " + f);
        assertTrue(
            bundle.getString(key).contains("{0}"), language + ": " + key + " names no limit");
      }
    }
  }

  @Test
  void thePageShowsTheLimitTheFormObjectChecks() throws Exception {
    RepairLimits limits = new RepairLimits();
    assertEquals(
        limits.getSymptom(),
        RepairFormInput.class.getDeclaredField("symptom").getAnnotation(Size.class).max());
    assertEquals(2000, RepairForm.SYMPTOM_MAX);
    assertEquals(
        limits.getWork(),
        RepairInputs.Pause.class.getDeclaredField("reason").getAnnotation(Size.class).max());
    assertEquals(WorkLogEntry.WORK_MAX, limits.getWork());
  }
}
