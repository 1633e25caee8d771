package th.go.sesaoret.servicedesk.repair.domain;

/** What is broken: the kinds of equipment and systems DLICT looks after. */
public enum EquipmentType implements Labelled {
  DESKTOP("เครื่องคอมพิวเตอร์ตั้งโต๊ะ", "Desktop computer"),
  NOTEBOOK("เครื่องคอมพิวเตอร์โน้ตบุ๊ก", "Notebook computer"),
  MONITOR("จอภาพ", "Monitor"),
  PRINTER("เครื่องพิมพ์", "Printer"),
  SCANNER("เครื่องสแกนเอกสาร", "Scanner"),
  PROJECTOR("เครื่องฉายภาพ (โปรเจกเตอร์)", "Projector"),
  NETWORK("อุปกรณ์เครือข่าย/อินเทอร์เน็ต", "Network / Internet"),
  UPS("เครื่องสำรองไฟฟ้า (UPS)", "UPS"),
  CONFERENCE("อุปกรณ์ห้องประชุมทางไกล", "Video-conference equipment"),
  SOFTWARE("โปรแกรม/ระบบงาน", "Software / system"),
  OTHER("อื่น ๆ", "Other");

  private final String thai;
  private final String english;

  EquipmentType(String thai, String english) {
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
