package th.go.sesaoret.servicedesk.repair.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import th.go.sesaoret.servicedesk.repair.domain.JobConfirmation;
import th.go.sesaoret.servicedesk.repair.domain.JobWork;
import th.go.sesaoret.servicedesk.repair.domain.RepairForm;
import th.go.sesaoret.servicedesk.repair.domain.RepairOrder;
import th.go.sesaoret.servicedesk.repair.domain.WorkLogEntry;
import th.go.sesaoret.servicedesk.request.domain.StepInstance;

/**
 * The repair pages' field lengths ({@code maxlength} and counters), each the domain's one constant
 * that the entity's check, the form object's {@code @Size} and the refusal's number use too.
 */
@Named
@ApplicationScoped
public class RepairLimits {
  public int getAsset() {
    return RepairForm.ASSET_MAX;
  }

  public int getSerial() {
    return RepairForm.SERIAL_MAX;
  }

  public int getPlace() {
    return RepairForm.PLACE_MAX;
  }

  public int getSymptom() {
    return RepairForm.SYMPTOM_MAX;
  }

  public int getPhone() {
    return RepairForm.PHONE_MAX;
  }

  public int getVendor() {
    return RepairOrder.VENDOR_MAX;
  }

  /** A step's comment or note (the engine's). */
  public int getComment() {
    return StepInstance.COMMENT_MAX;
  }

  /** A line of the work log: what was done, a pause's reason, a resume's note. */
  public int getWork() {
    return WorkLogEntry.WORK_MAX;
  }

  public int getParts() {
    return WorkLogEntry.PARTS_MAX;
  }

  public int getResultNote() {
    return JobWork.NOTE_MAX;
  }

  public int getReport() {
    return JobWork.REPORT_MAX;
  }

  /** The requester's comment with the rating, or reason to reopen. */
  public int getRequesterComment() {
    return JobConfirmation.COMMENT_MAX;
  }
}
