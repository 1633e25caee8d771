package th.go.sesaoret.servicedesk.catalog.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The sum of a service's step standards: whole working days plus minutes, each with a lower and
 * upper bound (a range step such as "3 - 6 hours" widens it). Shown as "4 วัน 2 ชั่วโมง".
 */
public record StandardTotal(int minDays, int maxDays, int minMinutes, int maxMinutes) {

  public static StandardTotal of(List<TimeStandard> standards) {
    int minDays = 0;
    int maxDays = 0;
    int minMinutes = 0;
    int maxMinutes = 0;
    for (TimeStandard s : standards) {
      if (s.unit().isWorkingDays()) {
        minDays += s.min();
        maxDays += s.max();
      } else {
        minMinutes += s.min() * s.unit().minutesPerUnit();
        maxMinutes += s.max() * s.unit().minutesPerUnit();
      }
    }
    return new StandardTotal(minDays, maxDays, minMinutes, maxMinutes);
  }

  public boolean isRange() {
    return minDays != maxDays || minMinutes != maxMinutes;
  }

  public String describe(Locale locale) {
    boolean thai = locale == null || !"en".equals(locale.getLanguage());
    String low = part(minDays, minMinutes, thai);
    return isRange() ? low + (thai ? " ถึง " : " to ") + part(maxDays, maxMinutes, thai) : low;
  }

  private static String part(int days, int minutes, boolean thai) {
    List<String> words = new ArrayList<>();
    if (days > 0) {
      words.add(days + " " + TimeStandard.unitName(StandardUnit.WORKING_DAYS, days, thai));
    }
    if (minutes / 60 > 0) {
      words.add(minutes / 60 + " " + TimeStandard.unitName(StandardUnit.HOURS, minutes / 60, thai));
    }
    if (minutes % 60 > 0) {
      words.add(
          minutes % 60 + " " + TimeStandard.unitName(StandardUnit.MINUTES, minutes % 60, thai));
    }
    return words.isEmpty() ? "0" : String.join(" ", words);
  }
}
