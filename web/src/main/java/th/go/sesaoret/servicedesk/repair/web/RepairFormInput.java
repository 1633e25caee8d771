package th.go.sesaoret.servicedesk.repair.web;

import jakarta.validation.constraints.Size;
import java.io.Serializable;
import th.go.sesaoret.servicedesk.repair.application.RepairView;
import th.go.sesaoret.servicedesk.repair.domain.EquipmentType;
import th.go.sesaoret.servicedesk.repair.domain.RepairForm;
import th.go.sesaoret.servicedesk.repair.domain.RepairKind;
import th.go.sesaoret.servicedesk.repair.domain.Urgency;

/**
 * The repair form's fields as typed (repairs/new.xhtml): the lengths are the domain's (refused next
 * to the field, in the words the service would use); {@link RepairForm} checks the rest when the
 * form is made.
 */
public class RepairFormInput implements Serializable {
  private static final long serialVersionUID = 1L;

  private RepairKind kind = RepairKind.HARDWARE;
  private EquipmentType equipmentType;

  @Size(max = RepairForm.ASSET_MAX, message = "{repair.asset.invalid}")
  private String assetNumber;

  @Size(max = RepairForm.SERIAL_MAX, message = "{repair.serial.invalid}")
  private String serialNumber;

  @Size(max = RepairForm.PLACE_MAX, message = "{repair.building.tooLong}")
  private String building;

  @Size(max = RepairForm.PLACE_MAX, message = "{repair.room.tooLong}")
  private String room;

  @Size(max = RepairForm.SYMPTOM_MAX, message = "{repair.symptom.tooLong}")
  private String symptom;

  private Urgency urgency = Urgency.NORMAL;
  private String contactPhone;

  /** A returned repair's fields, to correct. */
  static RepairFormInput of(RepairView v) {
    RepairFormInput in = new RepairFormInput();
    in.kind = v.kind();
    in.equipmentType = v.equipmentType();
    in.assetNumber = v.assetNumber();
    in.serialNumber = v.serialNumber();
    in.building = v.building();
    in.room = v.room();
    in.symptom = v.symptom();
    in.urgency = v.urgency();
    in.contactPhone = v.contactPhone();
    return in;
  }

  /** The form, checked and normalised (refused with the field's message key). */
  RepairForm form() {
    return new RepairForm(
        kind,
        equipmentType,
        assetNumber,
        serialNumber,
        building,
        room,
        symptom,
        urgency,
        contactPhone);
  }

  public RepairKind getKind() {
    return kind;
  }

  public void setKind(RepairKind kind) {
    this.kind = kind;
  }

  public EquipmentType getEquipmentType() {
    return equipmentType;
  }

  public void setEquipmentType(EquipmentType equipmentType) {
    this.equipmentType = equipmentType;
  }

  public String getAssetNumber() {
    return assetNumber;
  }

  public void setAssetNumber(String assetNumber) {
    this.assetNumber = assetNumber;
  }

  public String getSerialNumber() {
    return serialNumber;
  }

  public void setSerialNumber(String serialNumber) {
    this.serialNumber = serialNumber;
  }

  public String getBuilding() {
    return building;
  }

  public void setBuilding(String building) {
    this.building = building;
  }

  public String getRoom() {
    return room;
  }

  public void setRoom(String room) {
    this.room = room;
  }

  public String getSymptom() {
    return symptom;
  }

  public void setSymptom(String symptom) {
    this.symptom = symptom;
  }

  public Urgency getUrgency() {
    return urgency;
  }

  public void setUrgency(Urgency urgency) {
    this.urgency = urgency;
  }

  public String getContactPhone() {
    return contactPhone;
  }

  public void setContactPhone(String contactPhone) {
    this.contactPhone = contactPhone;
  }
}
