package th.go.sesaoret.servicedesk.repair.domain;

/** How the technician's work ended (step 4). */
public enum Resolution implements Labelled {
  REPAIRED("ซ่อมเสร็จ ใช้งานได้", "Repaired"),
  SOFTWARE_UPDATED("ปรับปรุงซอฟต์แวร์แล้ว", "Software updated"),
  REPLACED("เปลี่ยนอุปกรณ์/อะไหล่", "Replaced"),
  SENT_OUT("ส่งซ่อมภายนอก", "Sent out to a vendor"),
  CANNOT_FIX("ซ่อมไม่ได้", "Cannot be fixed");

  private final String thai;
  private final String english;

  Resolution(String thai, String english) {
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
