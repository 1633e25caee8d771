package th.go.sesaoret.servicedesk.catalog.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import th.go.sesaoret.servicedesk.catalog.application.StandardWords;
import th.go.sesaoret.servicedesk.shared.BusinessException;

class TimeStandardTest {
  private static final Locale THAI = Locale.forLanguageTag("th");

  private static String refusalKey(Executable action) {
    return assertThrows(BusinessException.class, action).key();
  }

  @Test
  void acceptsThirtyMinutes() {
    TimeStandard s = TimeStandard.of(30, StandardUnit.MINUTES);

    assertEquals(30, s.min());
    assertEquals(30, s.max());
    assertEquals(StandardUnit.MINUTES, s.unit());
    assertFalse(s.isRange());
  }

  @Test
  void acceptsOneHour() {
    TimeStandard s = TimeStandard.of(1, StandardUnit.HOURS);

    assertEquals(1, s.min());
    assertEquals(1, s.max());
    assertEquals(StandardUnit.HOURS, s.unit());
  }

  @Test
  void acceptsThreeToSixHoursAsARange() {
    TimeStandard s = TimeStandard.range(3, 6, StandardUnit.HOURS);

    assertEquals(3, s.min());
    assertEquals(6, s.max());
    assertTrue(s.isRange());
  }

  @Test
  void rangeWithoutUpperBoundIsASingleAmount() {
    TimeStandard s = TimeStandard.range(1, null, StandardUnit.WORKING_DAYS);

    assertEquals(TimeStandard.of(1, StandardUnit.WORKING_DAYS), s);
    assertFalse(s.isRange());
  }

  @Test
  void acceptsOneWorkingDay() {
    TimeStandard s = TimeStandard.of(1, StandardUnit.WORKING_DAYS);

    assertEquals(1, s.min());
    assertEquals(StandardUnit.WORKING_DAYS, s.unit());
  }

  @Test
  void acceptsTheLargestAmount() {
    assertEquals(
        TimeStandard.MAX_AMOUNT,
        TimeStandard.of(TimeStandard.MAX_AMOUNT, StandardUnit.MINUTES).max());
  }

  @Test
  void refusesZero() {
    assertEquals(
        "catalog.standard.notPositive", refusalKey(() -> TimeStandard.of(0, StandardUnit.HOURS)));
  }

  @Test
  void refusesNegative() {
    assertEquals(
        "catalog.standard.notPositive",
        refusalKey(() -> TimeStandard.of(-30, StandardUnit.MINUTES)));
  }

  @Test
  void refusesANegativeUpperBound() {
    assertEquals(
        "catalog.standard.notPositive",
        refusalKey(() -> TimeStandard.range(3, -6, StandardUnit.HOURS)));
  }

  @Test
  void refusesMinAboveMax() {
    BusinessException e =
        assertThrows(BusinessException.class, () -> TimeStandard.range(6, 3, StandardUnit.HOURS));

    assertEquals("catalog.standard.minAboveMax", e.key());
    assertEquals(java.util.List.of(6, 3), java.util.List.of(e.args()));
  }

  @Test
  void refusesMissingUnit() {
    assertEquals("catalog.standard.unitRequired", refusalKey(() -> TimeStandard.of(30, null)));
  }

  @Test
  void refusesMissingAmount() {
    assertEquals(
        "catalog.standard.amountRequired",
        refusalKey(() -> TimeStandard.range(null, 6, StandardUnit.HOURS)));
  }

  @Test
  void refusesMoreThanTheLargestAmount() {
    assertEquals(
        "catalog.standard.tooLong",
        refusalKey(() -> TimeStandard.of(TimeStandard.MAX_AMOUNT + 1, StandardUnit.WORKING_DAYS)));
  }

  @Test
  void refusesARangeEndingAboveTheLargestAmount() {
    assertEquals(
        "catalog.standard.tooLong",
        refusalKey(() -> TimeStandard.range(1, TimeStandard.MAX_AMOUNT + 1, StandardUnit.MINUTES)));
  }

  @Test
  void describesInThaiAsTheManualWritesIt() {
    assertEquals(
        "30 นาที", StandardWords.of(THAI).standard(TimeStandard.of(30, StandardUnit.MINUTES)));
    assertEquals(
        "1 ชั่วโมง", StandardWords.of(THAI).standard(TimeStandard.of(1, StandardUnit.HOURS)));
    assertEquals(
        "3 - 6 ชั่วโมง",
        StandardWords.of(THAI).standard(TimeStandard.range(3, 6, StandardUnit.HOURS)));
    assertEquals(
        "1 วัน", StandardWords.of(THAI).standard(TimeStandard.of(1, StandardUnit.WORKING_DAYS)));
  }

  @Test
  void describesInEnglishWithSingularAndPlural() {
    assertEquals(
        "30 minutes",
        StandardWords.of(Locale.ENGLISH).standard(TimeStandard.of(30, StandardUnit.MINUTES)));
    assertEquals(
        "1 minute",
        StandardWords.of(Locale.ENGLISH).standard(TimeStandard.of(1, StandardUnit.MINUTES)));
    assertEquals(
        "1 hour",
        StandardWords.of(Locale.ENGLISH).standard(TimeStandard.of(1, StandardUnit.HOURS)));
    assertEquals(
        "3-6 hours",
        StandardWords.of(Locale.ENGLISH).standard(TimeStandard.range(3, 6, StandardUnit.HOURS)));
    assertEquals(
        "1 working day",
        StandardWords.of(Locale.ENGLISH).standard(TimeStandard.of(1, StandardUnit.WORKING_DAYS)));
    assertEquals(
        "3 working days",
        StandardWords.of(Locale.ENGLISH).standard(TimeStandard.of(3, StandardUnit.WORKING_DAYS)));
  }

  @Test
  void equalStandardsAreEqualWithEqualHashCodes() {
    TimeStandard a = TimeStandard.range(3, 6, StandardUnit.HOURS);
    TimeStandard b = TimeStandard.range(3, 6, StandardUnit.HOURS);

    assertEquals(a, b);
    assertEquals(a.hashCode(), b.hashCode());
  }

  @Test
  void standardsDifferingInAmountOrUnitAreNotEqual() {
    TimeStandard thirtyMinutes = TimeStandard.of(30, StandardUnit.MINUTES);

    assertNotEquals(thirtyMinutes, TimeStandard.of(31, StandardUnit.MINUTES));
    assertNotEquals(thirtyMinutes, TimeStandard.of(30, StandardUnit.HOURS));
    assertNotEquals(thirtyMinutes, TimeStandard.range(30, 60, StandardUnit.MINUTES));
    assertNotEquals(
        TimeStandard.of(1, StandardUnit.HOURS), TimeStandard.of(60, StandardUnit.MINUTES));
    assertNotEquals(thirtyMinutes, null);
  }
}
