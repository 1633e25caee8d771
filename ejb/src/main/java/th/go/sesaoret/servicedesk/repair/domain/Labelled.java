package th.go.sesaoret.servicedesk.repair.domain;

import th.go.sesaoret.servicedesk.shared.Wording;

/**
 * A word of the repair vocabulary (an enum constant), worded by the bundle {@code repair_th/_en}
 * under {@link #labelKey()}, as {@code Role.labelKey()} is by the pages' bundle.
 */
public interface Labelled {
  /** The bundle holding the repair words (Thai, the paper form's language, and English). */
  String BUNDLE = "repair";

  String name();

  /** The word's key: {@code repair.<type>.<CONSTANT>}, e.g. {@code repair.urgency.URGENT}. */
  default String labelKey() {
    String type = getClass().getSimpleName();
    return "repair." + Character.toLowerCase(type.charAt(0)) + type.substring(1) + "." + name();
  }

  /** The word in Thai, as the paper form and the request's title write it. */
  default String thai() {
    return Wording.thai(BUNDLE).text(labelKey());
  }
}
