package th.go.sesaoret.servicedesk.conference.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.time.Instant;

/**
 * The operator's checklist on the meeting's clock: set-up and test (camera, sound, far-end link,
 * broadcast), the run (actual start and end, the broadcast link, problems) and the post-check
 * (equipment back, signal, problems).
 */
@Embeddable
public class Checklist {
  public static final int NOTE_MAX = 1000;
  public static final int LINK_MAX = 500;

  @Column(name = "setup_camera")
  private Boolean camera;

  @Column(name = "setup_sound")
  private Boolean sound;

  @Column(name = "setup_far_end")
  private Boolean farEnd;

  @Column(name = "setup_broadcast")
  private Boolean broadcastTest;

  @Column(name = "setup_note", length = NOTE_MAX)
  private String setupNote;

  @Column(name = "actual_start")
  private Instant actualStart;

  @Column(name = "actual_end")
  private Instant actualEnd;

  @Column(name = "broadcast_link", length = LINK_MAX)
  private String broadcastLink;

  @Column(name = "run_problems", length = NOTE_MAX)
  private String runProblems;

  @Column(name = "post_equipment_back")
  private Boolean equipmentBack;

  @Column(name = "post_signal_ok")
  private Boolean signalOk;

  @Column(name = "post_problems", length = NOTE_MAX)
  private String postProblems;

  public void setUp(
      Boolean camera, Boolean sound, Boolean farEnd, Boolean broadcastTest, String note) {
    this.camera = camera;
    this.sound = sound;
    this.farEnd = farEnd;
    this.broadcastTest = broadcastTest;
    this.setupNote = note;
  }

  public void ran(Instant actualStart, Instant actualEnd, String broadcastLink, String problems) {
    this.actualStart = actualStart;
    this.actualEnd = actualEnd;
    this.broadcastLink = broadcastLink;
    this.runProblems = problems;
  }

  public void checkedAfter(Boolean equipmentBack, Boolean signalOk, String problems) {
    this.equipmentBack = equipmentBack;
    this.signalOk = signalOk;
    this.postProblems = problems;
  }

  public Boolean camera() {
    return camera;
  }

  public Boolean sound() {
    return sound;
  }

  public Boolean farEnd() {
    return farEnd;
  }

  public Boolean broadcastTest() {
    return broadcastTest;
  }

  public String setupNote() {
    return setupNote;
  }

  public Instant actualStart() {
    return actualStart;
  }

  public Instant actualEnd() {
    return actualEnd;
  }

  public String broadcastLink() {
    return broadcastLink;
  }

  public String runProblems() {
    return runProblems;
  }

  public Boolean equipmentBack() {
    return equipmentBack;
  }

  public Boolean signalOk() {
    return signalOk;
  }

  public String postProblems() {
    return postProblems;
  }
}
