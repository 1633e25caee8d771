package th.go.sesaoret.servicedesk.catalog.domain;

import java.util.Locale;

/** Picks the Thai or English wording of a catalog text; Thai unless English is asked for. */
public final class Bilingual {
  private Bilingual() {}

  public static String pick(Locale locale, String thai, String english) {
    return locale != null && "en".equals(locale.getLanguage()) ? english : thai;
  }
}
