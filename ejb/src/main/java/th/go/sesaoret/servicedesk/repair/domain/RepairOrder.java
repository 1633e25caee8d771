package th.go.sesaoret.servicedesk.repair.domain;

import java.io.Serializable;
import th.go.sesaoret.servicedesk.shared.BusinessException;

/**
 * The approver's order (สั่งการ): a DLICT technician does the repair, or it is sent out to a vendor
 * (then a technician may still be named to take it there and record the result; without one, any
 * DLICT staff member may take the job).
 */
public record RepairOrder(String technician, String vendor) implements Serializable {
  public static final int VENDOR_MAX = 200;

  public RepairOrder {
    technician = technician == null || technician.isBlank() ? null : technician.strip();
    vendor = vendor == null || vendor.isBlank() ? null : vendor.strip().replaceAll("\\s+", " ");
    if (technician == null && vendor == null) {
      throw new BusinessException("repair.order.required");
    }
    if (vendor != null && vendor.length() > VENDOR_MAX) {
      throw new BusinessException("repair.order.vendorTooLong", VENDOR_MAX);
    }
  }
}
