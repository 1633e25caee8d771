package th.go.sesaoret.servicedesk.conference.web;

import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.time.LocalTime;
import java.time.ZoneId;
import th.go.sesaoret.servicedesk.conference.application.ChecklistView;
import th.go.sesaoret.servicedesk.conference.domain.Checklist;
import th.go.sesaoret.servicedesk.repair.domain.RepairForm;

/**
 * What the operator types on the checklist page, prefilled with what is recorded (and the booked
 * times for the run); the lengths are the domain's, refused by the service when over (never cut).
 */
public class ChecklistInputs implements Serializable {
  private static final long serialVersionUID = 1L;

  private Boolean camera;
  private Boolean sound;
  private Boolean farEnd;
  private Boolean broadcastTest;

  @Size(max = Checklist.NOTE_MAX)
  private String setupNote;

  private LocalTime actualStart;
  private LocalTime actualEnd;

  @Size(max = Checklist.LINK_MAX)
  private String broadcastLink;

  @Size(max = Checklist.NOTE_MAX)
  private String runProblems;

  private Boolean equipmentBack;
  private Boolean signalOk;

  @Size(max = Checklist.NOTE_MAX)
  private String postProblems;

  @Size(max = RepairForm.SYMPTOM_MAX)
  private String repairProblem;

  @Size(max = RepairForm.PHONE_MAX)
  private String repairPhone;

  void prefill(ChecklistView v, ZoneId zone) {
    ChecklistView.Recorded r = v.recorded();
    camera = r.camera();
    sound = r.sound();
    farEnd = r.farEnd();
    broadcastTest = r.broadcastTest();
    setupNote = r.setupNote();
    actualStart =
        (r.actualStart() != null ? r.actualStart() : v.meetingStart()).atZone(zone).toLocalTime();
    actualEnd = (r.actualEnd() != null ? r.actualEnd() : v.meetingEnd()).atZone(zone).toLocalTime();
    broadcastLink = r.broadcastLink();
    runProblems = r.runProblems();
    equipmentBack = r.equipmentBack();
    signalOk = r.signalOk();
    postProblems = r.postProblems();
    if (repairProblem == null) {
      repairProblem = r.postProblems();
    }
  }

  public Boolean getCamera() {
    return camera;
  }

  public void setCamera(Boolean camera) {
    this.camera = camera;
  }

  public Boolean getSound() {
    return sound;
  }

  public void setSound(Boolean sound) {
    this.sound = sound;
  }

  public Boolean getFarEnd() {
    return farEnd;
  }

  public void setFarEnd(Boolean farEnd) {
    this.farEnd = farEnd;
  }

  public Boolean getBroadcastTest() {
    return broadcastTest;
  }

  public void setBroadcastTest(Boolean broadcastTest) {
    this.broadcastTest = broadcastTest;
  }

  public String getSetupNote() {
    return setupNote;
  }

  public void setSetupNote(String setupNote) {
    this.setupNote = setupNote;
  }

  public LocalTime getActualStart() {
    return actualStart;
  }

  public void setActualStart(LocalTime actualStart) {
    this.actualStart = actualStart;
  }

  public LocalTime getActualEnd() {
    return actualEnd;
  }

  public void setActualEnd(LocalTime actualEnd) {
    this.actualEnd = actualEnd;
  }

  public String getBroadcastLink() {
    return broadcastLink;
  }

  public void setBroadcastLink(String broadcastLink) {
    this.broadcastLink = broadcastLink;
  }

  public String getRunProblems() {
    return runProblems;
  }

  public void setRunProblems(String runProblems) {
    this.runProblems = runProblems;
  }

  public Boolean getEquipmentBack() {
    return equipmentBack;
  }

  public void setEquipmentBack(Boolean equipmentBack) {
    this.equipmentBack = equipmentBack;
  }

  public Boolean getSignalOk() {
    return signalOk;
  }

  public void setSignalOk(Boolean signalOk) {
    this.signalOk = signalOk;
  }

  public String getPostProblems() {
    return postProblems;
  }

  public void setPostProblems(String postProblems) {
    this.postProblems = postProblems;
  }

  public String getRepairProblem() {
    return repairProblem;
  }

  public void setRepairProblem(String repairProblem) {
    this.repairProblem = repairProblem;
  }

  public String getRepairPhone() {
    return repairPhone;
  }

  public void setRepairPhone(String repairPhone) {
    this.repairPhone = repairPhone;
  }
}
