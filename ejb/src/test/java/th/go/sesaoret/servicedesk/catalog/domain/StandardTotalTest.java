package th.go.sesaoret.servicedesk.catalog.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import th.go.sesaoret.servicedesk.catalog.application.StandardWords;

class StandardTotalTest {
  private static final Locale THAI = Locale.forLanguageTag("th");

  private static TimeStandard minutes(int n) {
    return TimeStandard.of(n, StandardUnit.MINUTES);
  }

  private static TimeStandard hours(int n) {
    return TimeStandard.of(n, StandardUnit.HOURS);
  }

  private static TimeStandard days(int n) {
    return TimeStandard.of(n, StandardUnit.WORKING_DAYS);
  }

  /** The repair service: 30 min, 30 min, 1 hour, 1 working day, 3 working days. */
  private static final List<TimeStandard> REPAIR =
      List.of(minutes(30), minutes(30), hours(1), days(1), days(3));

  /** The video-conference service: 3 min, 30 min, 3-6 hours, 30 min. */
  private static final List<TimeStandard> VIDEO_CONFERENCE =
      List.of(minutes(3), minutes(30), TimeStandard.range(3, 6, StandardUnit.HOURS), minutes(30));

  /** The publication service: 1 day, 1 hour, then five steps of 1 day. */
  private static final List<TimeStandard> PUBLICATION =
      List.of(days(1), hours(1), days(1), days(1), days(1), days(1), days(1));

  @Test
  void repairTotalsFourDaysTwoHoursInThai() {
    StandardTotal total = StandardTotal.of(REPAIR);

    assertFalse(total.isRange());
    assertEquals("4 วัน 2 ชั่วโมง", StandardWords.of(THAI).total(total));
  }

  @Test
  void repairTotalsFourWorkingDaysTwoHoursInEnglish() {
    assertEquals(
        "4 working days 2 hours", StandardWords.of(Locale.ENGLISH).total(StandardTotal.of(REPAIR)));
  }

  @Test
  void repairKeepsDaysApartFromMinutes() {
    assertEquals(new StandardTotal(4, 4, 120, 120), StandardTotal.of(REPAIR));
  }

  @Test
  void videoConferenceIsARangeInThai() {
    StandardTotal total = StandardTotal.of(VIDEO_CONFERENCE);

    assertTrue(total.isRange());
    assertEquals("4 ชั่วโมง 3 นาที ถึง 7 ชั่วโมง 3 นาที", StandardWords.of(THAI).total(total));
  }

  @Test
  void videoConferenceIsARangeInEnglish() {
    assertEquals(
        "4 hours 3 minutes to 7 hours 3 minutes",
        StandardWords.of(Locale.ENGLISH).total(StandardTotal.of(VIDEO_CONFERENCE)));
  }

  @Test
  void publicationTotalsSixDaysOneHour() {
    StandardTotal total = StandardTotal.of(PUBLICATION);

    assertFalse(total.isRange());
    assertEquals("6 วัน 1 ชั่วโมง", StandardWords.of(THAI).total(total));
    assertEquals("6 working days 1 hour", StandardWords.of(Locale.ENGLISH).total(total));
  }

  @Test
  void sixtyMinutesAreShownAsAnHour() {
    assertEquals(
        "1 hour",
        StandardWords.of(Locale.ENGLISH)
            .total(StandardTotal.of(List.of(minutes(30), minutes(30)))));
  }

  @Test
  void singleWorkingDayIsSingularInEnglish() {
    assertEquals(
        "1 working day",
        StandardWords.of(Locale.ENGLISH).total(StandardTotal.of(List.of(days(1)))));
  }
}
