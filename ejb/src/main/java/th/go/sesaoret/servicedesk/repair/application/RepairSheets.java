package th.go.sesaoret.servicedesk.repair.application;

import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import th.go.sesaoret.servicedesk.repair.domain.Channel;
import th.go.sesaoret.servicedesk.repair.domain.RepairJob;
import th.go.sesaoret.servicedesk.request.domain.Approval;
import th.go.sesaoret.servicedesk.request.domain.ContentDigest;
import th.go.sesaoret.servicedesk.request.domain.ServiceRequest;
import th.go.sesaoret.servicedesk.security.domain.Role;
import th.go.sesaoret.servicedesk.shared.DateDisplay;

/**
 * Fills the paper repair form from a repair: Thai labels, dates in the Buddhist era ("25 พฤศจิกายน
 * 2569 10:30 น."), the electronic-signature line of the approval with its verification code, and
 * the link the QR code carries.
 */
final class RepairSheets {
  private static final Locale THAI = Locale.forLanguageTag("th");
  private static final DateDisplay DATES = DateDisplay.of(THAI);
  private static final Map<Role, String> POSITIONS =
      Map.of(
          Role.GROUP_DIRECTOR, "ผู้อำนวยการกลุ่ม ICT",
          Role.DIRECTOR, "ผู้อำนวยการสำนักงานเขตพื้นที่การศึกษามัธยมศึกษาร้อยเอ็ด",
          Role.DEPUTY_DIRECTOR, "รองผู้อำนวยการสำนักงานเขตพื้นที่การศึกษามัธยมศึกษาร้อยเอ็ด");

  private RepairSheets() {}

  static RepairSheet of(RepairJob job, Approval approval, Map<String, String> names, String link) {
    ServiceRequest r = job.request();
    return new RepairSheet(
        r.number(),
        when(r.submittedAt()),
        name(names, r.requester()),
        null,
        job.intake().contactPhone(),
        job.intake().channel() == Channel.ICT_ROOM
            ? job.intake().channel().thai() + " " + name(names, r.filedBy())
            : job.intake().channel().thai(),
        job.intake().kind().thai(),
        job.intake().equipmentType().thai(),
        job.intake().assetNumber(),
        job.intake().serialNumber(),
        job.intake().building(),
        job.intake().room(),
        r.description(),
        job.intake().urgency().thai(),
        job.intake().receiptNumber(),
        when(job.intake().receivedAt()),
        job.intake().receivedBy() == null ? null : name(names, job.intake().receivedBy()),
        approval == null ? null : signature(approval, names),
        order(job, names),
        resolution(job),
        link);
  }

  /** "อนุมัติทางอิเล็กทรอนิกส์โดย ชื่อ ตำแหน่ง (รักษาราชการแทน ...) เมื่อ ... รหัสตรวจสอบ ...". */
  static String signature(Approval a, Map<String, String> names) {
    String position = POSITIONS.getOrDefault(a.step().actingRole(), "");
    StringBuilder line =
        new StringBuilder("อนุมัติทางอิเล็กทรอนิกส์โดย ").append(name(names, a.approver()));
    if (a.actingFor() != null) {
      line.append(" รักษาราชการแทน").append(POSITIONS.getOrDefault(a.actingFor(), ""));
    } else if (!position.isEmpty()) {
      line.append(' ').append(position);
    }
    return line.append(" เมื่อ ")
        .append(when(a.approvedAt()))
        .append(" รหัสตรวจสอบ ")
        .append(ContentDigest.verificationCode(a.contentSha256()))
        .toString();
  }

  private static String order(RepairJob job, Map<String, String> names) {
    if (job.ordered().orderedAt() == null) {
      return null;
    }
    String tech =
        job.ordered().technician() == null ? null : name(names, job.ordered().technician());
    if (job.ordered().vendor() == null) {
      return "มอบหมาย " + tech + " (เจ้าหน้าที่กลุ่ม DLICT) ดำเนินการซ่อม";
    }
    return "ส่งซ่อมภายนอก: "
        + job.ordered().vendor()
        + (tech == null ? "" : " ผู้ประสานงาน " + tech);
  }

  private static String resolution(RepairJob job) {
    if (job.work().resolution() == null) {
      return null;
    }
    String text = job.work().resolution().thai();
    if (job.work().resolutionNote() != null) {
      text += ": " + job.work().resolutionNote();
    }
    if (job.work().resolvedAt() != null) {
      text += " (" + when(job.work().resolvedAt()) + ")";
    }
    return text;
  }

  private static String name(Map<String, String> names, String username) {
    return username == null ? null : names.getOrDefault(username, username);
  }

  static String when(Instant at) {
    return at == null ? null : DATES.longDateTime(at) + " น.";
  }
}
