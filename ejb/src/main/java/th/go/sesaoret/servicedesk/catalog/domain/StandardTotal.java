package th.go.sesaoret.servicedesk.catalog.domain;

import java.util.List;

/**
 * The sum of a service's step standards: whole working days plus minutes, each with a lower and
 * upper bound (a range step such as "3 - 6 hours" widens it). Values only: {@code
 * catalog.application.StandardWords} words it ("4 วัน 2 ชั่วโมง").
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
}
