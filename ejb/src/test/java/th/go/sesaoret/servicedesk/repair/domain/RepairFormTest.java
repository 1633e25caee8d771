package th.go.sesaoret.servicedesk.repair.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import th.go.sesaoret.servicedesk.shared.BusinessException;

class RepairFormTest {
  static RepairForm printer() {
    return new RepairForm(
        RepairKind.HARDWARE,
        EquipmentType.PRINTER,
        " 7440-001-0001/2565 ",
        "vnb3k12345",
        "อาคารอำนวยการ ชั้น 2",
        "ห้องกลุ่มบริหารงานบุคคล",
        "เครื่องพิมพ์ไม่ดึงกระดาษ มีเสียงดังผิดปกติ",
        Urgency.URGENT,
        "08-1234-5678");
  }

  private static void refused(String key, Executable make) {
    assertEquals(key, assertThrows(BusinessException.class, make).key());
  }

  private static RepairForm with(
      RepairKind kind, String asset, String serial, String building, String symptom, String phone) {
    return new RepairForm(
        kind,
        EquipmentType.DESKTOP,
        asset,
        serial,
        building,
        "ห้อง 101",
        symptom,
        Urgency.NORMAL,
        phone);
  }

  @Test
  void aGoodFormIsNormalisedAsTheRegisterWritesIt() {
    RepairForm f = printer();
    assertEquals("7440-001-0001/2565", f.assetNumber());
    assertEquals("VNB3K12345", f.serialNumber());
    assertEquals("0812345678", f.contactPhone());
    assertEquals(
        "เครื่องพิมพ์ 7440-001-0001/2565: เครื่องพิมพ์ไม่ดึงกระดาษ มีเสียงดังผิดปกติ", f.title());
  }

  @Test
  void hardwareNeedsItsDurableGoodsNumberSoftwareDoesNot() {
    refused(
        "repair.asset.required",
        () -> with(RepairKind.HARDWARE, "  ", null, "อาคาร 1", "เปิดไม่ติดเลย", "0812345678"));
    RepairForm software =
        with(RepairKind.SOFTWARE, null, null, "อาคาร 1", "โปรแกรมสารบรรณค้าง", "1234");
    assertNull(software.assetNumber());
    assertEquals("1234", software.contactPhone());
  }

  @Test
  void everyFieldIsCheckedWithItsOwnMessage() {
    refused(
        "repair.kind.required",
        () ->
            new RepairForm(
                null,
                EquipmentType.PRINTER,
                "1",
                null,
                "ก",
                "ข",
                "อาการเสีย",
                Urgency.NORMAL,
                "1234"));
    refused(
        "repair.equipmentType.required",
        () ->
            new RepairForm(
                RepairKind.HARDWARE,
                null,
                "1",
                null,
                "ก",
                "ข",
                "อาการเสีย",
                Urgency.NORMAL,
                "1234"));
    refused(
        "repair.asset.invalid",
        () -> with(RepairKind.HARDWARE, "<script>", null, "ก", "อาการเสีย", "1234"));
    refused(
        "repair.asset.invalid",
        () -> with(RepairKind.HARDWARE, "1".repeat(41), null, "ก", "อาการเสีย", "1234"));
    refused(
        "repair.serial.invalid",
        () -> with(RepairKind.HARDWARE, "1", "เลขไทย", "ก", "อาการเสีย", "1234"));
    refused(
        "repair.building.required",
        () -> with(RepairKind.HARDWARE, "1", null, " ", "อาการเสีย", "1234"));
    refused(
        "repair.building.tooLong",
        () -> with(RepairKind.HARDWARE, "1", null, "ก".repeat(101), "อาการเสีย", "1234"));
    refused(
        "repair.symptom.required", () -> with(RepairKind.HARDWARE, "1", null, "ก", " ", "1234"));
    refused(
        "repair.symptom.tooShort", () -> with(RepairKind.HARDWARE, "1", null, "ก", "เสีย", "1234"));
    refused(
        "repair.symptom.tooLong",
        () -> with(RepairKind.HARDWARE, "1", null, "ก", "ก".repeat(2001), "1234"));
    refused(
        "repair.phone.required", () -> with(RepairKind.HARDWARE, "1", null, "ก", "อาการเสีย", ""));
    refused(
        "repair.phone.invalid", () -> with(RepairKind.HARDWARE, "1", null, "ก", "อาการเสีย", "12"));
    refused(
        "repair.phone.invalid",
        () -> with(RepairKind.HARDWARE, "1", null, "ก", "อาการเสีย", "081234567890"));
    refused(
        "repair.phone.invalid",
        () -> with(RepairKind.HARDWARE, "1", null, "ก", "อาการเสีย", "08123abcde"));
    refused(
        "repair.urgency.required",
        () ->
            new RepairForm(
                RepairKind.HARDWARE,
                EquipmentType.PRINTER,
                "1",
                null,
                "ก",
                "ข",
                "อาการเสีย",
                null,
                "1234"));
  }

  @Test
  void landlineMobileAndExtensionAreTakenAndThaiAssetNumbersToo() {
    assertEquals(
        "043511234",
        with(RepairKind.HARDWARE, "1", null, "ก", "อาการเสีย", "043 511 234").contactPhone());
    assertEquals(
        "0991234567",
        with(RepairKind.HARDWARE, "1", null, "ก", "อาการเสีย", "099-123-4567").contactPhone());
    assertTrue(
        with(RepairKind.HARDWARE, "สพม.รอ 7440-001-0001 (2565)", null, "ก", "อาการเสีย", "1234")
            .assetNumber()
            .startsWith("สพม.รอ"));
  }
}
