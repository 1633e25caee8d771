package th.go.sesaoret.servicedesk.repair.domain;

/**
 * The requester's answer to the report: still to come, confirmed with a rating, or closed by itself
 * after 3 working days.
 */
public enum Confirmation implements Labelled {
  PENDING("รอผู้แจ้งยืนยันผล", "Awaiting the requester's confirmation"),
  CONFIRMED("ผู้แจ้งยืนยันผลแล้ว", "Confirmed by the requester"),
  AUTO_CLOSED(
      "ปิดอัตโนมัติ (ไม่ได้ยืนยันภายใน 3 วันทำการ)",
      "Closed automatically (not confirmed within 3 working days)");

  private final String thai;
  private final String english;

  Confirmation(String thai, String english) {
    this.thai = thai;
    this.english = english;
  }

  @Override
  public String thai() {
    return thai;
  }

  @Override
  public String english() {
    return english;
  }
}
