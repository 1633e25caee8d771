package th.go.sesaoret.servicedesk.repair.domain;

/**
 * How the repair form reached the office: online, or on paper at the ICT room (the clerk types it
 * in).
 */
public enum Channel implements Labelled {
  ONLINE("ยื่นออนไลน์", "Online"),
  ICT_ROOM("ยื่นที่ห้อง ICT (ธุรการกลุ่มบันทึกแทน)", "At the ICT room (entered by the clerk)");

  private final String thai;
  private final String english;

  Channel(String thai, String english) {
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
