package th.go.sesaoret.servicedesk.conference.domain;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import th.go.sesaoret.servicedesk.shared.BusinessException;

/**
 * How a booking repeats: every week, every two weeks, or monthly on the same weekday of the month
 * (the second Tuesday; a first date in the month's fifth week repeats on the month's last such
 * weekday). At most {@link #MAX_OCCURRENCES} dates, the first included.
 */
public enum RepeatRule {
  WEEKLY,
  FORTNIGHTLY,
  MONTHLY;

  public static final int MAX_OCCURRENCES = 52;

  /** The dates from {@code first} to {@code until} (inclusive); refused past the cap. */
  public List<LocalDate> dates(LocalDate first, LocalDate until) {
    if (first == null || until == null) {
      throw new BusinessException("conference.repeat.untilRequired");
    }
    if (until.isBefore(first)) {
      throw new BusinessException("conference.repeat.untilBeforeFirst");
    }
    List<LocalDate> dates = new ArrayList<>();
    for (int i = 0; ; i++) {
      LocalDate d = nth(first, i);
      if (d.isAfter(until)) {
        break;
      }
      if (dates.size() == MAX_OCCURRENCES) {
        throw new BusinessException("conference.repeat.tooMany", MAX_OCCURRENCES);
      }
      dates.add(d);
    }
    return dates;
  }

  private LocalDate nth(LocalDate first, int i) {
    return switch (this) {
      case WEEKLY -> first.plusWeeks(i);
      case FORTNIGHTLY -> first.plusWeeks(2L * i);
      case MONTHLY -> sameWeekdayOfMonth(first, i);
    };
  }

  static LocalDate sameWeekdayOfMonth(LocalDate first, int monthsLater) {
    DayOfWeek weekday = first.getDayOfWeek();
    int week = (first.getDayOfMonth() - 1) / 7 + 1;
    LocalDate month = first.withDayOfMonth(1).plusMonths(monthsLater);
    if (week == 5) {
      return month.with(TemporalAdjusters.lastInMonth(weekday));
    }
    return month.with(TemporalAdjusters.dayOfWeekInMonth(week, weekday));
  }

  /** Bundle key of its words ({@code conference_th/_en}). */
  public String labelKey() {
    return "conference.repeat." + name();
  }
}
