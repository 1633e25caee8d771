package th.go.sesaoret.servicedesk.sla.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class HolidayListTest {
  private static final LocalDate LABOUR_DAY = LocalDate.of(2026, 5, 1);
  private static final LocalDate CORONATION_DAY = LocalDate.of(2026, 5, 4);

  private final HolidayList list =
      HolidayList.from(
          List.of(
              new Holiday(
                  LABOUR_DAY, "วันแรงงาน", "Labour Day", HolidayKind.PRIVATE_SECTOR_ONLY, false),
              new Holiday(
                  CORONATION_DAY, "วันฉัตรมงคล", "Coronation Day", HolidayKind.PUBLIC, true)));

  @Test
  void onlyOfficeClosedRowsCloseTheOffice() {
    assertTrue(list.isClosed(CORONATION_DAY));
    assertFalse(list.isClosed(LABOUR_DAY));
  }

  @Test
  void everyYearWithARowIsCovered() {
    assertTrue(list.covers(2026));
    assertFalse(list.covers(2027));
  }

  @Test
  void listsTheYearsNotCovered() {
    assertEquals(
        Set.of(2025, 2027, 2028),
        list.yearsNotCovered(LocalDate.of(2025, 12, 1), LocalDate.of(2028, 1, 1)));
    assertEquals(Set.of(), list.yearsNotCovered(LABOUR_DAY, CORONATION_DAY));
  }

  @Test
  void anEmptyListCoversNothing() {
    assertFalse(HolidayList.none().covers(2026));
    assertFalse(HolidayList.none().isClosed(CORONATION_DAY));
  }
}
