package th.go.sesaoret.servicedesk.conference.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import th.go.sesaoret.servicedesk.shared.BusinessException;

/**
 * The operator's checklist on the meeting's clock: set-up and test (camera, sound, far-end link,
 * broadcast), the run (actual start and end, the broadcast link, problems) and the post-check
 * (equipment back, signal, problems).
 */
@Embeddable
public class Checklist {
  public static final int NOTE_MAX = 1000;
  public static final int LINK_MAX = 500;

  /** The longest a meeting may have run, as the operator records it. */
  public static final Duration RUN_MAX = Duration.ofHours(24);

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

  /**
   * Set-up and test done: camera and sound always answered; the far-end link test when the meeting
   * has a far end, the broadcast test when it is broadcast (otherwise left unanswered); a failed
   * check needs a note of what is wrong.
   */
  public void setUp(
      Boolean camera,
      Boolean sound,
      Boolean farEnd,
      Boolean broadcastTest,
      String note,
      boolean hasFarEnd,
      boolean broadcast) {
    answered(camera, "conference.checklist.camera.required");
    answered(sound, "conference.checklist.sound.required");
    if (hasFarEnd) {
      answered(farEnd, "conference.checklist.farEnd.required");
    }
    if (broadcast) {
      answered(broadcastTest, "conference.checklist.broadcastTest.required");
    }
    String text = text(note, "conference.checklist.note.tooLong");
    boolean failed =
        isFalse(camera)
            || isFalse(sound)
            || (hasFarEnd && isFalse(farEnd))
            || (broadcast && isFalse(broadcastTest));
    if (failed && text == null) {
      throw new BusinessException("conference.checklist.setupProblem.required");
    }
    this.camera = camera;
    this.sound = sound;
    this.farEnd = hasFarEnd ? farEnd : null;
    this.broadcastTest = broadcast ? broadcastTest : null;
    this.setupNote = text;
  }

  /**
   * The meeting ran from {@code actualStart} to {@code actualEnd} (after it, at most {@link
   * #RUN_MAX}); a broadcast meeting gives its broadcast link, any link is http(s).
   */
  public void ran(
      Instant actualStart,
      Instant actualEnd,
      String broadcastLink,
      String problems,
      boolean broadcast) {
    if (actualStart == null) {
      throw new BusinessException("conference.checklist.actualStart.required");
    }
    if (actualEnd == null) {
      throw new BusinessException("conference.checklist.actualEnd.required");
    }
    if (!actualEnd.isAfter(actualStart)) {
      throw new BusinessException("conference.checklist.actualEnd.beforeStart");
    }
    if (Duration.between(actualStart, actualEnd).compareTo(RUN_MAX) > 0) {
      throw new BusinessException("conference.checklist.actual.tooLong", RUN_MAX.toHours());
    }
    String link = link(broadcastLink);
    if (broadcast && link == null) {
      throw new BusinessException("conference.checklist.broadcastLink.required");
    }
    String text = text(problems, "conference.checklist.problems.tooLong");
    this.actualStart = actualStart;
    this.actualEnd = actualEnd;
    this.broadcastLink = link;
    this.runProblems = text;
  }

  /** The post-check done: equipment back and signal answered; a failed check names the problem. */
  public void checkedAfter(Boolean equipmentBack, Boolean signalOk, String problems) {
    answered(equipmentBack, "conference.checklist.equipmentBack.required");
    answered(signalOk, "conference.checklist.signalOk.required");
    String text = text(problems, "conference.checklist.problems.tooLong");
    if ((isFalse(equipmentBack) || isFalse(signalOk)) && text == null) {
      throw new BusinessException("conference.checklist.postProblem.required");
    }
    this.equipmentBack = equipmentBack;
    this.signalOk = signalOk;
    this.postProblems = text;
  }

  /** True when the post-check found something wrong (a repair may be filed for an item). */
  public boolean postCheckFailed() {
    return isFalse(equipmentBack) || isFalse(signalOk);
  }

  /** A link as stored: blank is none; only http(s), at most {@link #LINK_MAX}. */
  static String link(String link) {
    if (link == null || link.isBlank()) {
      return null;
    }
    String l = link.strip();
    if (l.length() > LINK_MAX) {
      throw new BusinessException("conference.checklist.link.tooLong", LINK_MAX);
    }
    try {
      URI uri = new URI(l);
      String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
      if (!(scheme.equals("http") || scheme.equals("https")) || uri.getHost() == null) {
        throw new BusinessException("conference.checklist.link.invalid");
      }
    } catch (URISyntaxException e) {
      throw new BusinessException("conference.checklist.link.invalid");
    }
    return l;
  }

  /** A note as stored: blank is none; over {@link #NOTE_MAX} refused (never cut). */
  static String text(String text, String tooLongKey) {
    if (text == null || text.isBlank()) {
      return null;
    }
    String t = text.strip();
    if (t.length() > NOTE_MAX) {
      throw new BusinessException(tooLongKey, NOTE_MAX);
    }
    return t;
  }

  private static void answered(Boolean answer, String key) {
    if (answer == null) {
      throw new BusinessException(key);
    }
  }

  private static boolean isFalse(Boolean b) {
    return Boolean.FALSE.equals(b);
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
