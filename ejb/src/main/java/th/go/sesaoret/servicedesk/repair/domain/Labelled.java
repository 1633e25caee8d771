package th.go.sesaoret.servicedesk.repair.domain;

import java.util.Locale;

/** A repair vocabulary word in Thai (the paper form's language) and English. */
public interface Labelled {
  String thai();

  String english();

  /** Thai unless English is asked for. */
  default String label(Locale locale) {
    return locale != null && "en".equals(locale.getLanguage()) ? english() : thai();
  }
}
