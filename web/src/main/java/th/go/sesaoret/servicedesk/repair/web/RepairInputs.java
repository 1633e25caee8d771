package th.go.sesaoret.servicedesk.repair.web;

import jakarta.validation.constraints.Size;
import java.io.Serializable;
import th.go.sesaoret.servicedesk.repair.domain.JobConfirmation;
import th.go.sesaoret.servicedesk.repair.domain.JobWork;
import th.go.sesaoret.servicedesk.repair.domain.RepairOrder;
import th.go.sesaoret.servicedesk.repair.domain.Resolution;
import th.go.sesaoret.servicedesk.repair.domain.WorkLogEntry;
import th.go.sesaoret.servicedesk.request.domain.StepInstance;
import th.go.sesaoret.servicedesk.security.domain.Role;

/**
 * What each form of the repair panel holds (WEB-INF/includes/repair-actions.xhtml), one object per
 * form. Each text's length is the domain's one constant, refused next to the field in the words the
 * service would use; the services check everything again.
 */
public final class RepairInputs {
  private RepairInputs() {}

  /** Step 2, the clerk: to whom the registered request goes, and the note. */
  public static class Intake implements Serializable {
    private static final long serialVersionUID = 1L;
    private Role to = Role.GROUP_DIRECTOR;

    @Size(max = StepInstance.COMMENT_MAX, message = "{request.comment.tooLong}")
    private String note;

    public Role getTo() {
      return to;
    }

    public void setTo(Role to) {
      this.to = to;
    }

    public String getNote() {
      return note;
    }

    public void setNote(String note) {
      this.note = note;
    }
  }

  /** Step 3, the approver: the technician or the vendor, the note, the password entered again. */
  public static class Order implements Serializable {
    private static final long serialVersionUID = 1L;
    private String technician;

    @Size(max = RepairOrder.VENDOR_MAX, message = "{repair.order.vendorTooLong}")
    private String vendor;

    @Size(max = StepInstance.COMMENT_MAX, message = "{request.comment.tooLong}")
    private String note;

    private String password;

    public String getTechnician() {
      return technician;
    }

    public void setTechnician(String technician) {
      this.technician = technician;
    }

    public String getVendor() {
      return vendor;
    }

    public void setVendor(String vendor) {
      this.vendor = vendor;
    }

    public String getNote() {
      return note;
    }

    public void setNote(String note) {
      this.note = note;
    }

    public String getPassword() {
      return password;
    }

    public void setPassword(String password) {
      this.password = password;
    }
  }

  /** Step 4, the technician: one line of the work log. */
  public static class WorkLog implements Serializable {
    private static final long serialVersionUID = 1L;

    @Size(max = WorkLogEntry.WORK_MAX, message = "{repair.log.workTooLong}")
    private String workDone;

    @Size(max = WorkLogEntry.PARTS_MAX, message = "{repair.log.partsTooLong}")
    private String partsUsed;

    private Integer minutes;

    public String getWorkDone() {
      return workDone;
    }

    public void setWorkDone(String workDone) {
      this.workDone = workDone;
    }

    public String getPartsUsed() {
      return partsUsed;
    }

    public void setPartsUsed(String partsUsed) {
      this.partsUsed = partsUsed;
    }

    public Integer getMinutes() {
      return minutes;
    }

    public void setMinutes(Integer minutes) {
      this.minutes = minutes;
    }
  }

  /**
   * Step 4: the reason to wait for parts, or the note when work goes on (both go to the work log).
   */
  public static class Pause implements Serializable {
    private static final long serialVersionUID = 1L;

    @Size(max = WorkLogEntry.WORK_MAX, message = "{repair.log.workTooLong}")
    private String reason;

    @Size(max = WorkLogEntry.WORK_MAX, message = "{repair.log.workTooLong}")
    private String note;

    public String getReason() {
      return reason;
    }

    public void setReason(String reason) {
      this.reason = reason;
    }

    public String getNote() {
      return note;
    }

    public void setNote(String note) {
      this.note = note;
    }
  }

  /** Step 4 ends: the result and the technician's note. */
  public static class Result implements Serializable {
    private static final long serialVersionUID = 1L;
    private Resolution resolution;

    @Size(max = JobWork.NOTE_MAX, message = "{repair.resolution.noteTooLong}")
    private String note;

    public Resolution getResolution() {
      return resolution;
    }

    public void setResolution(Resolution resolution) {
      this.resolution = resolution;
    }

    public String getNote() {
      return note;
    }

    public void setNote(String note) {
      this.note = note;
    }
  }

  /** Step 5: the report to the ICT group director / director. */
  public static class Report implements Serializable {
    private static final long serialVersionUID = 1L;

    @Size(max = JobWork.REPORT_MAX, message = "{repair.report.tooLong}")
    private String text;

    public String getText() {
      return text;
    }

    public void setText(String text) {
      this.text = text;
    }
  }

  /** Steps 4-5: the note with which the job goes back to the requester for correction. */
  public static class GiveBack implements Serializable {
    private static final long serialVersionUID = 1L;

    @Size(max = StepInstance.COMMENT_MAX, message = "{request.comment.tooLong}")
    private String note;

    public String getNote() {
      return note;
    }

    public void setNote(String note) {
      this.note = note;
    }
  }

  /** The requester confirms: the rating (1-5) and a comment. */
  public static class Confirm implements Serializable {
    private static final long serialVersionUID = 1L;
    private Integer rating;

    @Size(max = JobConfirmation.COMMENT_MAX, message = "{repair.rating.commentTooLong}")
    private String comment;

    public Integer getRating() {
      return rating;
    }

    public void setRating(Integer rating) {
      this.rating = rating;
    }

    public String getComment() {
      return comment;
    }

    public void setComment(String comment) {
      this.comment = comment;
    }
  }

  /** The requester asks once for the repair to be done again, with the reason. */
  public static class Reopen implements Serializable {
    private static final long serialVersionUID = 1L;

    @Size(max = JobConfirmation.COMMENT_MAX, message = "{repair.reopen.reasonTooLong}")
    private String reason;

    public String getReason() {
      return reason;
    }

    public void setReason(String reason) {
      this.reason = reason;
    }
  }
}
