package th.go.sesaoret.servicedesk.catalog.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import th.go.sesaoret.servicedesk.catalog.application.StandardWords;
import th.go.sesaoret.servicedesk.security.domain.Role;
import th.go.sesaoret.servicedesk.shared.BusinessException;

class ServiceVersionTest {
  private static final Locale THAI = Locale.forLanguageTag("th");
  private static final Instant SEEDED = Instant.parse("2026-11-25T00:00:00Z");
  private static final Instant CHANGED = Instant.parse("2026-12-01T03:00:00Z");

  private static final TimeStandard THIRTY_MINUTES = TimeStandard.of(30, StandardUnit.MINUTES);
  private static final TimeStandard ONE_HOUR = TimeStandard.of(1, StandardUnit.HOURS);
  private static final TimeStandard ONE_DAY = TimeStandard.of(1, StandardUnit.WORKING_DAYS);
  private static final TimeStandard THREE_DAYS = TimeStandard.of(3, StandardUnit.WORKING_DAYS);
  private static final TimeStandard TWO_DAYS = TimeStandard.of(2, StandardUnit.WORKING_DAYS);

  private ServiceVersion repair;

  /** The repair service as the manual states it. */
  @BeforeEach
  void buildRepairVersion() {
    repair =
        ServiceVersion.draft(1, "system", SEEDED)
            .addStep(
                "repair.form",
                "ผู้รับบริการกรอกแบบแจ้งซ่อมฯ ที่ห้อง ICT",
                "The requester fills in the repair form at the ICT room",
                Role.REQUESTER,
                THIRTY_MINUTES,
                TimeBasis.OFFICE_TIME)
            .addStep(
                "repair.intake",
                "ผู้รับบริการยื่นคำร้องต่อธุรการกลุ่ม",
                "The requester submits the request to the group's clerk",
                Role.CLERK,
                THIRTY_MINUTES,
                TimeBasis.OFFICE_TIME)
            .addStep(
                "repair.order",
                "ธุรการกลุ่มเสนอคำร้องต่อผู้อำนวยการกลุ่ม ICT",
                "The clerk forwards the request to the ICT group director",
                Role.GROUP_DIRECTOR,
                ONE_HOUR,
                TimeBasis.OFFICE_TIME)
            .addStep(
                "repair.work",
                "เจ้าหน้าที่กลุ่ม DLICT ดำเนินการซ่อมแซม",
                "The DLICT staff repair the hardware / fix the software",
                Role.STAFF,
                ONE_DAY,
                TimeBasis.OFFICE_TIME)
            .addStep(
                "repair.report",
                "รายงานผลการดำเนินงาน",
                "The result is reported",
                Role.STAFF,
                THREE_DAYS,
                TimeBasis.BOOKING_CLOCK);
  }

  @Test
  void draftIsCurrentAndNumbersStepsInOrder() {
    assertEquals(1, repair.versionNo());
    assertTrue(repair.isCurrent());
    assertEquals("system", repair.createdBy());
    assertEquals(SEEDED, repair.createdAt());
    assertEquals(
        List.of(1, 2, 3, 4, 5), repair.steps().stream().map(StepDefinition::order).toList());
    assertEquals(Role.GROUP_DIRECTOR, repair.step(3).actingRole());
    assertEquals(ONE_HOUR, repair.step(3).standard());
  }

  @Test
  void totalAddsUpTheSteps() {
    assertEquals("4 วัน 2 ชั่วโมง", StandardWords.of(THAI).total(repair.total()));
    assertEquals("4 working days 2 hours", StandardWords.of(Locale.ENGLISH).total(repair.total()));
  }

  @Test
  void withStandardMakesTheNextVersion() {
    ServiceVersion next = repair.withStandard(4, TWO_DAYS, "admin", "repairs take longer", CHANGED);

    assertEquals(2, next.versionNo());
    assertTrue(next.isCurrent());
    assertEquals("admin", next.createdBy());
    assertEquals("repairs take longer", next.changeNote());
    assertEquals(CHANGED, next.createdAt());
  }

  @Test
  void withStandardChangesOnlyThatStep() {
    ServiceVersion next = repair.withStandard(4, TWO_DAYS, "admin", "note", CHANGED);

    assertEquals(
        List.of(THIRTY_MINUTES, THIRTY_MINUTES, ONE_HOUR, TWO_DAYS, THREE_DAYS),
        next.steps().stream().map(StepDefinition::standard).toList());
  }

  @Test
  void withStandardKeepsNamesRolesAndBasisOfEveryStep() {
    ServiceVersion next = repair.withStandard(4, TWO_DAYS, "admin", "note", CHANGED);

    assertEquals(repair.steps().size(), next.steps().size());
    for (StepDefinition old : repair.steps()) {
      StepDefinition copy = next.step(old.order());
      assertNotSame(old, copy);
      assertEquals(old.name(THAI), copy.name(THAI));
      assertEquals(old.name(Locale.ENGLISH), copy.name(Locale.ENGLISH));
      assertEquals(old.actingRole(), copy.actingRole());
      assertEquals(old.timeBasis(), copy.timeBasis());
    }
  }

  @Test
  void withStandardRetiresTheOldVersionButLeavesItsStandards() {
    repair.withStandard(4, TWO_DAYS, "admin", "note", CHANGED);

    assertFalse(repair.isCurrent());
    assertEquals(1, repair.versionNo());
    assertEquals(
        List.of(THIRTY_MINUTES, THIRTY_MINUTES, ONE_HOUR, ONE_DAY, THREE_DAYS),
        repair.steps().stream().map(StepDefinition::standard).toList());
    assertEquals("4 วัน 2 ชั่วโมง", StandardWords.of(THAI).total(repair.total()));
  }

  @Test
  void totalOfTheNextVersionFollowsTheChange() {
    ServiceVersion next = repair.withStandard(4, TWO_DAYS, "admin", "note", CHANGED);

    assertEquals("5 วัน 2 ชั่วโมง", StandardWords.of(THAI).total(next.total()));
  }

  @Test
  void theNextVersionCanItselfBeChanged() {
    ServiceVersion second = repair.withStandard(4, TWO_DAYS, "admin", "note", CHANGED);
    ServiceVersion third = second.withStandard(1, ONE_HOUR, "admin", "again", CHANGED);

    assertEquals(3, third.versionNo());
    assertFalse(second.isCurrent());
    assertEquals(TWO_DAYS, third.step(4).standard());
    assertEquals(ONE_HOUR, third.step(1).standard());
  }

  @Test
  void refusesToChangeAVersionThatIsNoLongerCurrent() {
    repair.withStandard(4, TWO_DAYS, "admin", "note", CHANGED);

    BusinessException e =
        assertThrows(
            BusinessException.class,
            () -> repair.withStandard(3, THIRTY_MINUTES, "admin", "stale", CHANGED));
    assertEquals("catalog.version.notCurrent", e.key());
  }

  @Test
  void refusesTheSameStandard() {
    BusinessException e =
        assertThrows(
            BusinessException.class,
            () ->
                repair.withStandard(
                    3, TimeStandard.of(1, StandardUnit.HOURS), "admin", "same", CHANGED));

    assertEquals("catalog.standard.unchanged", e.key());
    assertTrue(repair.isCurrent());
  }

  @Test
  void refusesAnUnknownStep() {
    BusinessException e =
        assertThrows(
            BusinessException.class,
            () -> repair.withStandard(6, TWO_DAYS, "admin", "no such step", CHANGED));

    assertEquals("catalog.step.notFound", e.key());
    assertTrue(repair.isCurrent());
  }

  @Test
  void stepsCannotBeAddedThroughTheList() {
    assertThrows(UnsupportedOperationException.class, () -> repair.steps().clear());
    assertEquals(5, repair.steps().size());
  }
}
