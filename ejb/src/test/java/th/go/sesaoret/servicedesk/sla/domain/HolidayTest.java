package th.go.sesaoret.servicedesk.sla.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import th.go.sesaoret.servicedesk.shared.BusinessException;

class HolidayTest {
  private static final LocalDate DEC_7 = LocalDate.of(2026, 12, 7);

  private static String refusalKey(Executable action) {
    return assertThrows(BusinessException.class, action).key();
  }

  private static Holiday substitution() {
    return new Holiday(
        DEC_7,
        "วันหยุดชดเชยวันคล้ายวันพระบรมราชสมภพ รัชกาลที่ ๙",
        "Substitution for 5 December",
        HolidayKind.SUBSTITUTION,
        true);
  }

  @Test
  void keepsItsData() {
    Holiday h = substitution();

    assertEquals(DEC_7, h.date());
    assertEquals("วันหยุดชดเชยวันคล้ายวันพระบรมราชสมภพ รัชกาลที่ ๙", h.nameTh());
    assertEquals("Substitution for 5 December", h.nameEn());
    assertEquals(HolidayKind.SUBSTITUTION, h.kind());
    assertTrue(h.isOfficeClosed());
    assertFalse(h.isProvisional());
    assertNull(h.reference());
  }

  @Test
  void stripsNamesAndReference() {
    Holiday h = new Holiday(DEC_7, "  วันหยุด ", " Day off ", HolidayKind.SPECIAL, true);
    h.cite("  cabinet list 2026 ", false);

    assertEquals("วันหยุด", h.nameTh());
    assertEquals("Day off", h.nameEn());
    assertEquals("cabinet list 2026", h.reference());
  }

  @Test
  void refusesMissingDateKindOrNames() {
    var kind = HolidayKind.PUBLIC;
    assertEquals(
        "sla.holiday.dateRequired", refusalKey(() -> new Holiday(null, "ก", "A", kind, true)));
    assertEquals(
        "sla.holiday.nameThRequired", refusalKey(() -> new Holiday(DEC_7, " ", "A", kind, true)));
    assertEquals(
        "sla.holiday.nameEnRequired", refusalKey(() -> new Holiday(DEC_7, "ก", null, kind, true)));
    assertEquals(
        "sla.holiday.kindRequired", refusalKey(() -> new Holiday(DEC_7, "ก", "A", null, true)));
  }

  @Test
  void refusesOverlongNamesAndReference() {
    String tooLong = "ก".repeat(Holiday.NAME_LENGTH + 1);
    Holiday h = substitution();

    assertEquals("sla.holiday.nameTooLong", refusalKey(() -> h.rename(tooLong, "A")));
    assertEquals(
        "sla.holiday.referenceTooLong",
        refusalKey(() -> h.cite("x".repeat(Holiday.REFERENCE_LENGTH + 1), false)));
    assertEquals("Substitution for 5 December", h.nameEn());
  }

  @Test
  void aPrivateSectorDayNeverClosesTheOffice() {
    var kind = HolidayKind.PRIVATE_SECTOR_ONLY;
    Holiday labourDay =
        new Holiday(LocalDate.of(2026, 5, 1), "วันแรงงานแห่งชาติ", "Labour Day", kind, false);

    assertFalse(labourDay.isOfficeClosed());
    assertEquals(
        "sla.holiday.privateSectorOnlyOpen", refusalKey(() -> labourDay.classify(kind, true)));
  }

  @Test
  void aProvisionalDayIsConfirmedOnceWithItsAnnouncement() {
    Holiday h = substitution();
    h.cite("computed", true);

    h.confirm("cabinet resolution 2 Nov 2026");

    assertFalse(h.isProvisional());
    assertEquals("cabinet resolution 2 Nov 2026", h.reference());
    assertEquals("sla.holiday.alreadyConfirmed", refusalKey(() -> h.confirm("again")));
  }

  @Test
  void confirmingNeedsTheAnnouncement() {
    Holiday h = substitution();
    h.cite("computed", true);

    assertEquals("sla.holiday.referenceRequired", refusalKey(() -> h.confirm(" ")));
    assertTrue(h.isProvisional());
  }
}
