package th.go.sesaoret.servicedesk.conference.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import th.go.sesaoret.servicedesk.shared.BusinessException;

class RepeatRuleTest {
  private static final LocalDate TUE_2027_01_12 = LocalDate.of(2027, 1, 12); // 2nd Tuesday

  @Test
  void weeklyAndFortnightlyIncludeTheFirstDateAndTheLastWhenItFalls() {
    assertEquals(
        List.of(TUE_2027_01_12, TUE_2027_01_12.plusWeeks(1), TUE_2027_01_12.plusWeeks(2)),
        RepeatRule.WEEKLY.dates(TUE_2027_01_12, TUE_2027_01_12.plusWeeks(2)));
    assertEquals(
        List.of(TUE_2027_01_12, TUE_2027_01_12.plusWeeks(2)),
        RepeatRule.FORTNIGHTLY.dates(TUE_2027_01_12, TUE_2027_01_12.plusWeeks(3)));
  }

  @Test
  void monthlyKeepsTheWeekdayOfTheMonthAcrossMonthEnds() {
    assertEquals(
        List.of(
            LocalDate.of(2027, 1, 12),
            LocalDate.of(2027, 2, 9),
            LocalDate.of(2027, 3, 9),
            LocalDate.of(2027, 4, 13)),
        RepeatRule.MONTHLY.dates(TUE_2027_01_12, LocalDate.of(2027, 4, 30)));
  }

  @Test
  void aFifthWeekdayRepeatsOnTheMonthsLastSuchDay() {
    LocalDate fifthFriday = LocalDate.of(2027, 1, 29);
    assertEquals(
        List.of(fifthFriday, LocalDate.of(2027, 2, 26), LocalDate.of(2027, 3, 26)),
        RepeatRule.MONTHLY.dates(fifthFriday, LocalDate.of(2027, 3, 31)));
  }

  @Test
  void atMostFiftyTwoDatesAndTheEndNotBeforeTheStart() {
    assertEquals(52, RepeatRule.WEEKLY.dates(TUE_2027_01_12, TUE_2027_01_12.plusWeeks(51)).size());
    var tooMany =
        assertThrows(
            BusinessException.class,
            () -> RepeatRule.WEEKLY.dates(TUE_2027_01_12, TUE_2027_01_12.plusWeeks(52)));
    assertEquals("conference.repeat.tooMany", tooMany.key());
    var before =
        assertThrows(
            BusinessException.class,
            () -> RepeatRule.WEEKLY.dates(TUE_2027_01_12, TUE_2027_01_12.minusDays(1)));
    assertEquals("conference.repeat.untilBeforeFirst", before.key());
  }
}
