package th.go.sesaoret.servicedesk.sla.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import th.go.sesaoret.servicedesk.shared.BusinessException;

class OfficeHoursTest {
  private static final OfficePeriod MORNING = OfficePeriod.of("08:30", "12:00");
  private static final OfficePeriod AFTERNOON = OfficePeriod.of("13:00", "16:30");
  private static final Set<DayOfWeek> WEEKDAYS = EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY);
  private static final ZoneId BANGKOK = ZoneId.of("Asia/Bangkok");

  private static String refusalKey(Executable action) {
    return assertThrows(BusinessException.class, action).key();
  }

  @Test
  void governmentHoursAreTheThaiDefault() {
    OfficeHours hours = OfficeHours.government();

    assertEquals(List.of(MORNING, AFTERNOON), hours.periods());
    assertEquals(WEEKDAYS, hours.workingWeekdays());
    assertEquals(BANGKOK, hours.zone());
    assertEquals(Duration.ofHours(7), hours.dailyOfficeTime());
    assertEquals(LocalTime.of(8, 30), hours.opening());
  }

  @Test
  void periodsAreHalfOpen() {
    assertTrue(MORNING.contains(LocalTime.of(8, 30)));
    assertTrue(MORNING.contains(LocalTime.of(11, 59)));
    assertFalse(MORNING.contains(LocalTime.of(12, 0)));
    assertFalse(MORNING.contains(LocalTime.of(8, 29)));
  }

  @Test
  void officeTimeFromMovesToTheNextPeriodTheSameDay() {
    OfficeHours hours = OfficeHours.government();

    assertEquals(Optional.of(LocalTime.of(8, 30)), hours.officeTimeFrom(LocalTime.of(6, 0)));
    assertEquals(Optional.of(LocalTime.of(10, 0)), hours.officeTimeFrom(LocalTime.of(10, 0)));
    assertEquals(Optional.of(LocalTime.of(13, 0)), hours.officeTimeFrom(LocalTime.of(12, 0)));
    assertEquals(Optional.empty(), hours.officeTimeFrom(LocalTime.of(16, 30)));
  }

  @Test
  void acceptsPeriodsThatTouch() {
    var hours =
        OfficeHours.of(List.of(MORNING, OfficePeriod.of("12:00", "13:00")), WEEKDAYS, BANGKOK);

    assertEquals(Duration.ofMinutes(270), hours.dailyOfficeTime());
  }

  @Test
  void refusesNoPeriod() {
    assertEquals(
        "sla.officeHours.noPeriod", refusalKey(() -> OfficeHours.of(List.of(), WEEKDAYS, BANGKOK)));
    assertEquals(
        "sla.officeHours.noPeriod", refusalKey(() -> OfficeHours.of(null, WEEKDAYS, BANGKOK)));
  }

  @Test
  void refusesAnEmptyOrInvertedPeriod() {
    assertEquals(
        "sla.officeHours.periodEmpty", refusalKey(() -> OfficePeriod.of("12:00", "12:00")));
    assertEquals(
        "sla.officeHours.periodEmpty", refusalKey(() -> OfficePeriod.of("16:30", "08:30")));
    assertEquals(
        "sla.officeHours.periodRequired", refusalKey(() -> new OfficePeriod(null, LocalTime.NOON)));
  }

  @Test
  void refusesPeriodsOutOfOrder() {
    assertEquals(
        "sla.officeHours.periodsOverlap",
        refusalKey(() -> OfficeHours.of(List.of(AFTERNOON, MORNING), WEEKDAYS, BANGKOK)));
  }

  @Test
  void refusesOverlappingPeriods() {
    var lateMorning = OfficePeriod.of("11:00", "14:00");

    assertEquals(
        "sla.officeHours.periodsOverlap",
        refusalKey(() -> OfficeHours.of(List.of(MORNING, lateMorning), WEEKDAYS, BANGKOK)));
  }

  @Test
  void refusesAWeekWithoutAWorkingDay() {
    List<OfficePeriod> day = List.of(MORNING);

    assertEquals(
        "sla.officeHours.noWorkingWeekday",
        refusalKey(() -> OfficeHours.of(day, EnumSet.noneOf(DayOfWeek.class), BANGKOK)));
    assertEquals(
        "sla.officeHours.noWorkingWeekday", refusalKey(() -> OfficeHours.of(day, null, BANGKOK)));
  }

  @Test
  void refusesAMissingZone() {
    assertEquals(
        "sla.officeHours.zoneRequired",
        refusalKey(() -> OfficeHours.of(List.of(MORNING), WEEKDAYS, null)));
  }

  @Test
  void isImmutableAgainstTheCallersCollections() {
    var periods = new java.util.ArrayList<>(List.of(MORNING));
    var days = EnumSet.of(DayOfWeek.MONDAY);
    OfficeHours hours = OfficeHours.of(periods, days, BANGKOK);

    periods.add(AFTERNOON);
    days.add(DayOfWeek.SUNDAY);

    assertEquals(List.of(MORNING), hours.periods());
    assertEquals(Set.of(DayOfWeek.MONDAY), hours.workingWeekdays());
    assertEquals(OfficeHours.of(List.of(MORNING), Set.of(DayOfWeek.MONDAY), BANGKOK), hours);
  }
}
