package th.go.sesaoret.servicedesk.repair.domain;

import java.io.Serializable;
import java.util.regex.Pattern;
import th.go.sesaoret.servicedesk.shared.BusinessException;

/**
 * The repair form (แบบแจ้งซ่อม) as the requester fills it in, checked and normalised on creation:
 * every refusal names its field with a message key. The durable-goods number (เลขครุภัณฑ์) is
 * required for hardware and optional for software; the serial number is optional. The phone is a
 * Thai number (mobile 10 digits, landline 9) or an internal extension (3-5 digits).
 */
public record RepairForm(
    RepairKind kind,
    EquipmentType equipmentType,
    String assetNumber,
    String serialNumber,
    String building,
    String room,
    String symptom,
    Urgency urgency,
    String contactPhone)
    implements Serializable {
  public static final int ASSET_MAX = 40;
  public static final int SERIAL_MAX = 60;
  public static final int PLACE_MAX = 100;
  public static final int SYMPTOM_MIN = 5;
  public static final int SYMPTOM_MAX = 2000;

  /** The phone as typed, separators included (stored as digits only). */
  public static final int PHONE_MAX = 20;

  /** Letters (Thai or Latin), digits, spaces and . - / ( ) as office registers write them. */
  private static final Pattern ASSET = Pattern.compile("[\\p{IsThai}A-Za-z0-9 ./()\\-]+");

  private static final Pattern SERIAL = Pattern.compile("[A-Za-z0-9 ./\\-]+");
  private static final Pattern PHONE = Pattern.compile("0[2-9]\\d{7,8}|\\d{3,5}");

  public RepairForm {
    if (kind == null) {
      throw new BusinessException("repair.kind.required");
    }
    if (equipmentType == null) {
      throw new BusinessException("repair.equipmentType.required");
    }
    assetNumber = normalisedAsset(assetNumber);
    if (assetNumber == null && kind == RepairKind.HARDWARE) {
      throw new BusinessException("repair.asset.required");
    }
    if (assetNumber != null
        && (assetNumber.length() > ASSET_MAX || !ASSET.matcher(assetNumber).matches())) {
      throw new BusinessException("repair.asset.invalid", ASSET_MAX);
    }
    serialNumber = normalisedAsset(serialNumber);
    if (serialNumber != null
        && (serialNumber.length() > SERIAL_MAX || !SERIAL.matcher(serialNumber).matches())) {
      throw new BusinessException("repair.serial.invalid", SERIAL_MAX);
    }
    building = required(building, "repair.building.required", "repair.building.tooLong");
    room = required(room, "repair.room.required", "repair.room.tooLong");
    symptom = symptom == null ? null : symptom.strip();
    if (symptom == null || symptom.isEmpty()) {
      throw new BusinessException("repair.symptom.required");
    }
    if (symptom.codePointCount(0, symptom.length()) < SYMPTOM_MIN) {
      throw new BusinessException("repair.symptom.tooShort", SYMPTOM_MIN);
    }
    if (symptom.length() > SYMPTOM_MAX) {
      throw new BusinessException("repair.symptom.tooLong", SYMPTOM_MAX);
    }
    if (urgency == null) {
      throw new BusinessException("repair.urgency.required");
    }
    String digits = contactPhone == null ? "" : contactPhone.replaceAll("[\\s\\-()]", "");
    if (digits.isEmpty()) {
      throw new BusinessException("repair.phone.required");
    }
    if (!PHONE.matcher(digits).matches()) {
      throw new BusinessException("repair.phone.invalid");
    }
    contactPhone = digits;
  }

  /**
   * The request's title: what is broken and its durable-goods number, e.g. "เครื่องพิมพ์ 7440-001".
   */
  public String title() {
    String what = equipmentType.thai() + (assetNumber == null ? "" : " " + assetNumber);
    String firstLine = symptom.lines().findFirst().orElse("");
    String summary = firstLine.length() > 120 ? firstLine.substring(0, 120) + "…" : firstLine;
    return what + ": " + summary;
  }

  /** A durable-goods (or serial) number as stored: upper-case Latin, single spaces; blank: null. */
  public static String normalisedAsset(String text) {
    if (text == null || text.isBlank()) {
      return null;
    }
    return text.strip().replaceAll("\\s+", " ").toUpperCase(java.util.Locale.ROOT);
  }

  private static String required(String text, String missingKey, String tooLongKey) {
    if (text == null || text.isBlank()) {
      throw new BusinessException(missingKey);
    }
    String t = text.strip().replaceAll("\\s+", " ");
    if (t.length() > PLACE_MAX) {
      throw new BusinessException(tooLongKey, PLACE_MAX);
    }
    return t;
  }
}
