package th.go.sesaoret.servicedesk.repair.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.time.Instant;
import java.util.function.Supplier;
import th.go.sesaoret.servicedesk.security.domain.Role;
import th.go.sesaoret.servicedesk.shared.BusinessException;

/**
 * A repair job's intake: the repair form's details (what, where, how urgent, whom to call), the
 * channel it came through, and the clerk's registration (เลขรับ, when, by whom) and forwarding.
 */
@Embeddable
public class JobIntake {
  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 20)
  private RepairKind kind;

  @Enumerated(EnumType.STRING)
  @Column(name = "equipment_type", nullable = false, length = 30)
  private EquipmentType equipmentType;

  @Column(name = "asset_no", length = RepairForm.ASSET_MAX)
  private String assetNumber;

  @Column(name = "serial_no", length = RepairForm.SERIAL_MAX)
  private String serialNumber;

  @Column(nullable = false, length = RepairForm.PLACE_MAX)
  private String building;

  @Column(nullable = false, length = RepairForm.PLACE_MAX)
  private String room;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 20)
  private Urgency urgency;

  @Column(name = "contact_phone", nullable = false, length = RepairForm.PHONE_MAX)
  private String contactPhone;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 20, updatable = false)
  private Channel channel;

  @Column(name = "receipt_no", length = 20)
  private String receiptNumber;

  @Column(name = "received_at")
  private Instant receivedAt;

  @Column(name = "received_by", length = 60)
  private String receivedBy;

  @Enumerated(EnumType.STRING)
  @Column(name = "forwarded_to", length = 40)
  private Role forwardedTo;

  protected JobIntake() {}

  JobIntake(RepairForm form, Channel channel) {
    this.channel = channel;
    write(form);
  }

  /** The form's details, as filed or corrected. */
  void write(RepairForm form) {
    kind = form.kind();
    equipmentType = form.equipmentType();
    assetNumber = form.assetNumber();
    serialNumber = form.serialNumber();
    building = form.building();
    room = form.room();
    urgency = form.urgency();
    contactPhone = form.contactPhone();
  }

  /** The clerk's registration; once. */
  void register(Supplier<String> nextNumber, Instant at, String clerk) {
    if (receiptNumber != null) {
      throw new BusinessException("repair.intake.alreadyRegistered", receiptNumber);
    }
    receiptNumber = nextNumber.get();
    receivedAt = at;
    receivedBy = clerk;
  }

  boolean isRegistered() {
    return receiptNumber != null;
  }

  void forwardTo(Role to) {
    forwardedTo = to;
  }

  public RepairKind kind() {
    return kind;
  }

  public EquipmentType equipmentType() {
    return equipmentType;
  }

  public String assetNumber() {
    return assetNumber;
  }

  public String serialNumber() {
    return serialNumber;
  }

  public String building() {
    return building;
  }

  public String room() {
    return room;
  }

  public Urgency urgency() {
    return urgency;
  }

  public String contactPhone() {
    return contactPhone;
  }

  public Channel channel() {
    return channel;
  }

  public String receiptNumber() {
    return receiptNumber;
  }

  public Instant receivedAt() {
    return receivedAt;
  }

  public String receivedBy() {
    return receivedBy;
  }

  public Role forwardedTo() {
    return forwardedTo;
  }
}
