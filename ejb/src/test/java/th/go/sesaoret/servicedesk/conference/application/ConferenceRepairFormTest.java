package th.go.sesaoret.servicedesk.conference.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import th.go.sesaoret.servicedesk.conference.domain.Booking;
import th.go.sesaoret.servicedesk.conference.domain.BookingForm;
import th.go.sesaoret.servicedesk.conference.domain.ConferenceItem;
import th.go.sesaoret.servicedesk.conference.domain.ItemKind;
import th.go.sesaoret.servicedesk.conference.domain.MeetingTime;
import th.go.sesaoret.servicedesk.conference.domain.Platform;
import th.go.sesaoret.servicedesk.conference.domain.Room;
import th.go.sesaoret.servicedesk.repair.domain.EquipmentType;
import th.go.sesaoret.servicedesk.repair.domain.RepairForm;
import th.go.sesaoret.servicedesk.repair.domain.RepairKind;
import th.go.sesaoret.servicedesk.shared.BusinessException;

/** The repair form a post-check problem files for one of the meeting's items. */
class ConferenceRepairFormTest {
  private static final Room ROOM =
      Room.of("ห้องประชุมพนมรุ้ง", "อาคาร 1 ชั้น 2 สพม.ร้อยเอ็ด", 60, null, "#1f6feb");

  private static Booking booking() {
    BookingForm form =
        new BookingForm(
            "ประชุมผู้บริหาร",
            null,
            1L,
            new MeetingTime(
                LocalDate.of(2026, 12, 8),
                LocalTime.of(9, 0),
                LocalTime.of(12, 0),
                ZoneId.of("Asia/Bangkok")),
            20,
            "ผู้อำนวยการ",
            null,
            Platform.NONE,
            null,
            false,
            null,
            null,
            Set.of(),
            "081-234-5678",
            null);
    return Booking.of(null, ROOM, List.of(), form, false, null);
  }

  @Test
  void aKitIsConferenceEquipmentInTheRoomWithTheBookingsPhone() {
    ConferenceItem kit = ConferenceItem.of(ItemKind.KIT, "ชุดประชุม 1", "7440-001-0001", ROOM);
    RepairForm f =
        ConferenceChecklist.repairFormOf(booking(), kit, " กล้องภาพกระตุกเป็นช่วง ๆ ", null);
    assertEquals(RepairKind.HARDWARE, f.kind());
    assertEquals(EquipmentType.CONFERENCE, f.equipmentType());
    assertEquals("7440-001-0001", f.assetNumber());
    assertEquals("อาคาร 1 ชั้น 2 สพม.ร้อยเอ็ด", f.building());
    assertEquals("ห้องประชุมพนมรุ้ง", f.room());
    assertEquals("กล้องภาพกระตุกเป็นช่วง ๆ", f.symptom());
    assertEquals("0812345678", f.contactPhone());
  }

  @Test
  void aLaptopIsANotebookAndAGivenPhoneWins() {
    ConferenceItem laptop = ConferenceItem.of(ItemKind.LAPTOP, "โน้ตบุ๊ก", "7440-004-0001", null);
    RepairForm f = ConferenceChecklist.repairFormOf(booking(), laptop, "เปิดไม่ติดเลย", "1234");
    assertEquals(EquipmentType.NOTEBOOK, f.equipmentType());
    assertEquals("1234", f.contactPhone());
  }

  @Test
  void theProblemIsTheSymptomAndIsRequired() {
    ConferenceItem kit = ConferenceItem.of(ItemKind.KIT, "ชุดประชุม 1", "7440-001-0001", ROOM);
    assertEquals(
        "repair.symptom.required",
        assertThrows(
                BusinessException.class,
                () -> ConferenceChecklist.repairFormOf(booking(), kit, " ", null))
            .key());
  }
}
