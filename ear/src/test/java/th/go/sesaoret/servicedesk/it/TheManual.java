package th.go.sesaoret.servicedesk.it;

import java.util.List;

/** What the office's service manual says, word for word (shared/seed), to test against. */
final class TheManual {
  private TheManual() {}

  record Step(String service, int order, String thai, String standard) {}

  static final List<Step> STEPS =
      List.of(
          new Step(
              "PUBLICATION", 1, "ผู้รับบริการเตรียมเนื้อหาที่รูปแบบไฟล์อิเล็กทรอนิกส์", "1 วัน"),
          new Step(
              "PUBLICATION",
              2,
              "ผู้รับบริการกรอกแบบฟอร์มพร้อมแนบเอกสารที่ต้องการเผยแพร่บนเว็บไซต์",
              "1 ชั่วโมง"),
          new Step("PUBLICATION", 3, "เสนอ รองผอ.สพม.รอ หรือ ผอ.สพม.รอ พิจารณา", "1 วัน"),
          new Step("PUBLICATION", 4, "ผู้อนุญาตลงนามอนุมัติ", "1 วัน"),
          new Step("PUBLICATION", 5, "เจ้าหน้าที่ร่างและเผยแพร่ชั่วคราว", "1 วัน"),
          new Step("PUBLICATION", 6, "ตรวจสอบความถูกต้องของเนื้อหา", "1 วัน"),
          new Step("PUBLICATION", 7, "เจ้าหน้าที่ดำเนินการเผยแพร่ทางเว็บไซต์", "1 วัน"),
          new Step(
              "VIDEO_CONFERENCE",
              1,
              "ผู้รับบริการประสานเจ้าหน้าที่กลุ่ม DLICT เกี่ยวกับวัน เวลา และจำนวนผู้เข้าประชุม",
              "3 นาที"),
          new Step(
              "VIDEO_CONFERENCE",
              2,
              "ผู้รับผิดชอบเกี่ยวกับการให้บริการ / เจ้าหน้าที่กลุ่ม DLICT ดำเนินการติดตั้งและทดสอบระบบการประชุมทางไกล",
              "30 นาที"),
          new Step(
              "VIDEO_CONFERENCE",
              3,
              "ดำเนินการจัดประชุมทางไกล ควบคุมระบบภาพ เสียง และการออกอากาศ (หากผู้รับบริการแจ้งความประสงค์)",
              "3 - 6 ชั่วโมง"),
          new Step(
              "VIDEO_CONFERENCE",
              4,
              "หลังจบการประชุมทางไกล ตรวจสอบความเรียบร้อยของระบบสัญญาณ และอุปกรณ์",
              "30 นาที"),
          new Step("REPAIR", 1, "ผู้รับบริการกรอกแบบแจ้งซ่อมฯ ที่ห้อง ICT", "30 นาที"),
          new Step("REPAIR", 2, "ผู้รับบริการยื่นคำร้องต่อธุรการกลุ่ม", "30 นาที"),
          new Step(
              "REPAIR",
              3,
              "ธุรการกลุ่มเสนอคำร้องต่อผู้อำนวยการกลุ่ม ICT / ผอ.สพม.รอ พิจารณาอนุมัติ/สั่งการ",
              "1 ชั่วโมง"),
          new Step(
              "REPAIR",
              4,
              "ผู้รับผิดชอบเกี่ยวกับการให้บริการ / เจ้าหน้าที่กลุ่ม DLICT ดำเนินการซ่อมแซมฮาร์ดแวร์/ปรับปรุงซอฟต์แวร์",
              "1 วัน"),
          new Step(
              "REPAIR",
              5,
              "รายงานผลการดำเนินงานต่อผู้อำนวยการกลุ่ม ICT / ผอ.สพม.รอ / แจ้งผู้รับบริการทราบ",
              "3 วัน"));
}
