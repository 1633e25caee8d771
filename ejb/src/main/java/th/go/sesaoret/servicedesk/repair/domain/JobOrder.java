package th.go.sesaoret.servicedesk.repair.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.time.Instant;

/**
 * A repair job's order (สั่งการ): the technician who does it (named by the approver, or the staff
 * member who took a vendor job), the vendor it is sent out to, and who ordered it when.
 */
@Embeddable
public class JobOrder {
  @Column(length = 60)
  private String technician;

  @Column(length = RepairOrder.VENDOR_MAX)
  private String vendor;

  @Column(name = "ordered_by", length = 60)
  private String orderedBy;

  @Column(name = "ordered_at")
  private Instant orderedAt;

  void record(RepairOrder order, String approver, Instant at) {
    technician = order.technician();
    vendor = order.vendor();
    orderedBy = approver;
    orderedAt = at;
  }

  void takenBy(String username) {
    technician = username;
  }

  public String technician() {
    return technician;
  }

  public String vendor() {
    return vendor;
  }

  public String orderedBy() {
    return orderedBy;
  }

  public Instant orderedAt() {
    return orderedAt;
  }
}
