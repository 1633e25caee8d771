package th.go.sesaoret.servicedesk.repair.application;

import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import th.go.sesaoret.servicedesk.repair.domain.Channel;
import th.go.sesaoret.servicedesk.repair.domain.JobIntake;
import th.go.sesaoret.servicedesk.repair.domain.JobOrder;
import th.go.sesaoret.servicedesk.repair.domain.JobWork;
import th.go.sesaoret.servicedesk.repair.domain.RepairJob;
import th.go.sesaoret.servicedesk.request.domain.Approval;
import th.go.sesaoret.servicedesk.request.domain.ContentDigest;
import th.go.sesaoret.servicedesk.request.domain.ServiceRequest;
import th.go.sesaoret.servicedesk.security.domain.Role;
import th.go.sesaoret.servicedesk.shared.DateDisplay;
import th.go.sesaoret.servicedesk.shared.Wording;

/**
 * Fills the paper repair form from a repair: Thai words (bundles {@code repair_th} and {@code
 * forms_th}), dates in the Buddhist era ("25 พฤศจิกายน 2569 10:30 น."), the electronic-signature
 * line of the approval with its verification code, and the link the QR code carries.
 */
final class RepairSheets {
  private static final DateDisplay DATES = DateDisplay.of(Locale.forLanguageTag("th"));
  private static final Wording FORMS = Wording.thai("forms");

  private RepairSheets() {}

  static RepairSheet of(RepairJob job, Approval approval, Map<String, String> names, String link) {
    ServiceRequest r = job.request();
    JobIntake in = job.intake();
    return new RepairSheet(
        r.number(),
        when(r.submittedAt()),
        name(names, r.requester()),
        null,
        in.contactPhone(),
        in.channel() == Channel.ICT_ROOM
            ? in.channel().thai() + " " + name(names, r.filedBy())
            : in.channel().thai(),
        in.kind().thai(),
        in.equipmentType().thai(),
        in.assetNumber(),
        in.serialNumber(),
        in.building(),
        in.room(),
        r.description(),
        in.urgency().thai(),
        in.receiptNumber(),
        when(in.receivedAt()),
        name(names, in.receivedBy()),
        approval == null ? null : signature(approval, names),
        order(job.ordered(), names),
        resolution(job.work()),
        link);
  }

  /** "อนุมัติทางอิเล็กทรอนิกส์โดย ชื่อ ตำแหน่ง (รักษาราชการแทน ...) เมื่อ ... รหัสตรวจสอบ ...". */
  static String signature(Approval a, Map<String, String> names) {
    String approver = name(names, a.approver());
    String by;
    if (a.actingFor() != null) {
      by = FORMS.text("forms.signature.actingFor", approver, position(a.actingFor()));
    } else {
      String position = position(a.step().actingRole());
      by = position.isEmpty() ? approver : approver + " " + position;
    }
    return FORMS.text(
        "forms.signature.approved",
        by,
        when(a.approvedAt()),
        ContentDigest.verificationCode(a.contentSha256()));
  }

  /** The job title of an approver's role as the office writes it; empty for other roles. */
  private static String position(Role role) {
    String key = "forms.position." + role.name();
    return FORMS.has(key) ? FORMS.text(key) : "";
  }

  private static String order(JobOrder order, Map<String, String> names) {
    if (order.orderedAt() == null) {
      return null;
    }
    String tech = name(names, order.technician());
    if (order.vendor() == null) {
      return FORMS.text("forms.repair.order.technician", tech);
    }
    return tech == null
        ? FORMS.text("forms.repair.order.vendor", order.vendor())
        : FORMS.text("forms.repair.order.vendorWith", order.vendor(), tech);
  }

  private static String resolution(JobWork work) {
    if (work.resolution() == null) {
      return null;
    }
    String text = work.resolution().thai();
    if (work.resolutionNote() != null) {
      text += ": " + work.resolutionNote();
    }
    if (work.resolvedAt() != null) {
      text += " (" + when(work.resolvedAt()) + ")";
    }
    return text;
  }

  private static String name(Map<String, String> names, String username) {
    return username == null ? null : names.getOrDefault(username, username);
  }

  static String when(Instant at) {
    return at == null ? null : FORMS.text("forms.time", DATES.longDateTime(at));
  }
}
