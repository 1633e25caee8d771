package th.go.sesaoret.servicedesk.repair.domain;

/** How urgent the requester says the repair is (the Thai official grades). */
public enum Urgency implements Labelled {
  NORMAL("ปกติ", "Normal"),
  URGENT("ด่วน", "Urgent"),
  VERY_URGENT("ด่วนมาก", "Very urgent"),
  MOST_URGENT("ด่วนที่สุด", "Most urgent");

  private final String thai;
  private final String english;

  Urgency(String thai, String english) {
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
