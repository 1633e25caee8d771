package th.go.sesaoret.servicedesk.repair.infrastructure;

import th.go.sesaoret.servicedesk.repair.application.RepairSheet;

/** Sample repair forms full of Thai, for the tests. */
final class Sheets {

  static final String LINK = "http://localhost:8080/requests/view.xhtml?id=4711";
  static final String SYMPTOM =
      "เครื่องพิมพ์ไม่ดึงกระดาษ มีเสียงดังผิดปกติ น้ำหมึกซึม"
          + " ทดลองเปลี่ยนกระดาษและปิดเปิดเครื่องใหม่แล้วยังไม่หาย";

  private Sheets() {}

  static RepairSheet withSymptom(String symptom) {
    return new RepairSheet(
        "ซ.0001/2569",
        "25 พฤศจิกายน 2569 10:30 น.",
        "นางสาวอรุณี ศรีสุข",
        null,
        "08 1234 5678",
        "ยื่นที่ห้อง ICT (ธุรการกลุ่มบันทึกแทน)",
        "ฮาร์ดแวร์",
        "เครื่องพิมพ์เลเซอร์",
        "7440-001-0001/2565",
        "VNB3K12345",
        "อาคารอำนวยการ ชั้น 2",
        "ห้องกลุ่มบริหารงานบุคคล",
        symptom,
        "ด่วน",
        "รับที่ 123/2569",
        "25 พฤศจิกายน 2569 10:45 น.",
        "นางกาญจนา ใจงาม",
        "อนุมัติทางอิเล็กทรอนิกส์โดย นายสมชาย ใจดี ผู้อำนวยการกลุ่ม ICT"
            + " 25 พ.ย. 2569 11:00 น. รหัสตรวจสอบ 3FA2C9D1",
        "มอบหมาย นายช่าง ซ่อมดี",
        null,
        LINK);
  }

  static RepairSheet usual() {
    return withSymptom(SYMPTOM);
  }
}
