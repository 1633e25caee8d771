package th.go.sesaoret.servicedesk.conference.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import th.go.sesaoret.servicedesk.shared.BusinessException;

/** The operator's checklist: what each part needs, and what a failed check must say. */
class ChecklistTest {
  private static final Instant START = Instant.parse("2026-12-08T02:00:00Z");

  private static void refused(String key, Executable action) {
    assertEquals(key, assertThrows(BusinessException.class, action).key());
  }

  @Test
  void setUpNeedsCameraAndSoundAndTheTestsThisMeetingHas() {
    Checklist c = new Checklist();
    refused(
        "conference.checklist.camera.required",
        () -> c.setUp(null, true, true, true, null, true, true));
    refused(
        "conference.checklist.sound.required",
        () -> c.setUp(true, null, true, true, null, true, true));
    refused(
        "conference.checklist.farEnd.required",
        () -> c.setUp(true, true, null, true, null, true, true));
    refused(
        "conference.checklist.broadcastTest.required",
        () -> c.setUp(true, true, true, null, null, true, true));
    // no far end, no broadcast: those tests are not asked, and not kept
    c.setUp(true, true, false, false, "  ", false, false);
    assertNull(c.farEnd());
    assertNull(c.broadcastTest());
    assertNull(c.setupNote());
  }

  @Test
  void aFailedSetUpCheckNeedsANote() {
    Checklist c = new Checklist();
    refused(
        "conference.checklist.setupProblem.required",
        () -> c.setUp(true, false, true, true, " ", true, true));
    refused(
        "conference.checklist.setupProblem.required",
        () -> c.setUp(true, true, true, false, null, true, true));
    c.setUp(true, false, true, true, " ไมค์ตัวที่ 3 ไม่มีเสียง ", true, true);
    assertEquals("ไมค์ตัวที่ 3 ไม่มีเสียง", c.setupNote());
    assertFalse(c.sound());
  }

  @Test
  void aNoteOverItsLengthIsRefusedNotCut() {
    Checklist c = new Checklist();
    String longNote = "ก".repeat(Checklist.NOTE_MAX + 1);
    refused(
        "conference.checklist.note.tooLong",
        () -> c.setUp(true, true, true, true, longNote, true, true));
    refused("conference.checklist.problems.tooLong", () -> c.checkedAfter(true, true, longNote));
    c.setUp(true, true, true, true, "ก".repeat(Checklist.NOTE_MAX), true, true);
    assertEquals(Checklist.NOTE_MAX, c.setupNote().length());
  }

  @Test
  void theRunNeedsItsTimesInOrderAndABroadcastLinkWhenBroadcast() {
    Checklist c = new Checklist();
    Instant end = START.plus(Duration.ofHours(3));
    refused("conference.checklist.actualStart.required", () -> c.ran(null, end, null, null, false));
    refused("conference.checklist.actualEnd.required", () -> c.ran(START, null, null, null, false));
    refused(
        "conference.checklist.actualEnd.beforeStart", () -> c.ran(end, START, null, null, false));
    refused(
        "conference.checklist.actualEnd.beforeStart", () -> c.ran(START, START, null, null, false));
    refused(
        "conference.checklist.actual.tooLong",
        () -> c.ran(START, START.plus(Duration.ofHours(25)), null, null, false));
    refused(
        "conference.checklist.broadcastLink.required", () -> c.ran(START, end, " ", null, true));
    c.ran(START, end, null, null, false);
    assertEquals(end, c.actualEnd());
  }

  @Test
  void aLinkIsHttpOrHttpsWithAHostAndWithinItsLength() {
    Checklist c = new Checklist();
    Instant end = START.plus(Duration.ofHours(3));
    for (String bad :
        new String[] {
          "javascript:alert(1)", "ftp://example.org/x", "http://", "not a link", "//x"
        }) {
      refused("conference.checklist.link.invalid", () -> c.ran(START, end, bad, null, true));
    }
    String tooLong = "https://example.org/" + "a".repeat(Checklist.LINK_MAX);
    refused("conference.checklist.link.tooLong", () -> c.ran(START, end, tooLong, null, true));
    c.ran(START, end, " https://www.youtube.com/live/abc ", "เสียงขาดช่วง 2 นาที", true);
    assertEquals("https://www.youtube.com/live/abc", c.broadcastLink());
    assertEquals("เสียงขาดช่วง 2 นาที", c.runProblems());
  }

  @Test
  void aFailedPostCheckNeedsTheProblem() {
    Checklist c = new Checklist();
    refused("conference.checklist.equipmentBack.required", () -> c.checkedAfter(null, true, null));
    refused("conference.checklist.signalOk.required", () -> c.checkedAfter(true, null, null));
    refused("conference.checklist.postProblem.required", () -> c.checkedAfter(false, true, null));
    refused("conference.checklist.postProblem.required", () -> c.checkedAfter(true, false, " "));
    c.checkedAfter(true, true, null);
    assertFalse(c.postCheckFailed());
    c.checkedAfter(true, false, "สัญญาณภาพจากกล้องกระตุก");
    assertTrue(c.postCheckFailed());
  }
}
