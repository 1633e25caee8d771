package th.go.sesaoret.servicedesk.repair.domain;

/** Hardware repair or software fix: the two halves of the manual's service 3. */
public enum RepairKind implements Labelled {
  HARDWARE("ฮาร์ดแวร์", "Hardware"),
  SOFTWARE("ซอฟต์แวร์", "Software");

  private final String thai;
  private final String english;

  RepairKind(String thai, String english) {
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
