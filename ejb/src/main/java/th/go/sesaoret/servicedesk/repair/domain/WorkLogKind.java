package th.go.sesaoret.servicedesk.repair.domain;

/** What a work-log line records. */
public enum WorkLogKind implements Labelled {
  ACCEPTED("รับงาน", "Job accepted"),
  WORK("ปฏิบัติงาน", "Work done"),
  PAUSED("หยุดรออะไหล่", "Paused, waiting for parts"),
  RESUMED("ดำเนินการต่อ", "Work resumed"),
  RESOLVED("บันทึกผลการซ่อม", "Result recorded"),
  REPORTED("รายงานผลการดำเนินงาน", "Report sent"),
  REOPENED("ผู้แจ้งขอให้แก้ไขอีกครั้ง", "Reopened by the requester");

  private final String thai;
  private final String english;

  WorkLogKind(String thai, String english) {
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
