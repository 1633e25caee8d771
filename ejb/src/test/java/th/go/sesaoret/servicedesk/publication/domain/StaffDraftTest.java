package th.go.sesaoret.servicedesk.publication.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import th.go.sesaoret.servicedesk.shared.BusinessException;

/**
 * Step 5's rule: layout keeps the approval, a change of the approved words shows as a word diff and
 * is written only when staff confirm it goes back to approval.
 */
class StaffDraftTest {
  private static final Instant NOW = Instant.parse("2026-12-01T03:00:00Z");
  private static final String BODY =
      "<p>โรงเรียนร้อยเอ็ดวิทยาลัยจัดกิจกรรมวันวิทยาศาสตร์</p><p>ผู้สนใจติดต่อได้ที่ห้องธุรการ</p>";

  private static Publication approved() {
    Publication p =
        Publication.draft(
            "requester",
            null,
            new PostContent(
                Category.NEWS, "กิจกรรมวันวิทยาศาสตร์", null, "สรุปกิจกรรม", BODY, null, null),
            NOW);
    p.approved(p.digest());
    return p;
  }

  private static StaffEdit edit(Publication p, String title, String body, String excerpt) {
    return new StaffEdit(title, p.titleEn(), p.summary(), body, excerpt, null, List.of());
  }

  @Test
  void layoutKeepsTheApproval() {
    Publication p = approved();
    String signed = p.approvedSha256();
    String bold =
        "<h2>โรงเรียนร้อยเอ็ดวิทยาลัยจัดกิจกรรม<strong>วันวิทยาศาสตร์</strong></h2>"
            + "<p>ผู้สนใจติดต่อได้ที่ห้องธุรการ</p>";
    StaffDraft.Change c =
        StaffDraft.apply(p, edit(p, p.titleTh(), bold, "กิจกรรมวันวิทยาศาสตร์ 2569"), false, NOW);
    assertFalse(c.textChanged(), c.diff().toString());
    assertTrue(c.diff().isEmpty());
    assertEquals(signed, p.digest(), "the same words hash as approved");
    assertTrue(p.isAsApproved());
    assertTrue(p.bodyHtml().contains("<strong>"), "the layout is written");
    assertEquals("กิจกรรมวันวิทยาศาสตร์ 2569", p.excerpt(), "the excerpt is layout");
  }

  @Test
  void aChangedWordShowsAsAWordDiffAndIsNeverSavedSilently() {
    Publication p = approved();
    String changed = BODY.replace("ห้องธุรการ", "ห้องวิชาการ");
    StaffDraft.Change c = StaffDraft.of(p, edit(p, p.titleTh(), changed, null));
    assertTrue(c.textChanged());
    assertTrue(
        c.diff().stream()
            .anyMatch(s -> s.kind() == WordDiff.Kind.REMOVED && s.text().contains("ธุรการ")));
    assertTrue(
        c.diff().stream()
            .anyMatch(s -> s.kind() == WordDiff.Kind.ADDED && s.text().contains("วิชาการ")));
    BusinessException refused =
        assertThrows(
            BusinessException.class,
            () -> StaffDraft.apply(p, edit(p, p.titleTh(), changed, null), false, NOW));
    assertEquals("publication.staff.confirmTextChange", refused.key());
    assertTrue(p.isAsApproved(), "nothing was written");
    assertTrue(p.bodyHtml().contains("ห้องธุรการ"));

    StaffDraft.apply(p, edit(p, p.titleTh(), changed, null), true, NOW);
    assertFalse(p.isAsApproved(), "written once confirmed: it needs a new approval");
    assertEquals(c.digest(), p.digest());
  }

  @Test
  void aChangedTitleIsAChangeOfTextToo() {
    Publication p = approved();
    assertTrue(StaffDraft.of(p, edit(p, "กิจกรรมวันภาษาไทย", BODY, null)).textChanged());
  }

  @Test
  void scriptInTheEditorIsSanitisedAndChangesNothingOfTheWords() {
    Publication p = approved();
    String withScript = BODY + "<script>alert(1)</script><img src=x onerror=alert(2)>";
    StaffDraft.Change c = StaffDraft.of(p, edit(p, p.titleTh(), withScript, null));
    assertFalse(c.body().html().contains("script"));
    assertFalse(c.body().html().contains("onerror"));
    assertFalse(c.textChanged());
  }

  @Test
  void limitsAreRefusedNeverCut() {
    Publication p = approved();
    BusinessException e =
        assertThrows(
            BusinessException.class,
            () -> StaffDraft.of(p, edit(p, p.titleTh(), BODY, "ก".repeat(501))));
    assertEquals("publication.staff.excerptTooLong", e.key());
    assertEquals(
        "publication.staff.titleRequired",
        assertThrows(BusinessException.class, () -> StaffDraft.of(p, edit(p, " ", BODY, null)))
            .key());
    assertEquals(
        "publication.staff.coverNotImage",
        assertThrows(
                BusinessException.class,
                () ->
                    StaffDraft.of(
                        p, new StaffEdit(p.titleTh(), null, null, BODY, null, 99L, List.of())))
            .key());
    assertEquals(
        "publication.staff.unknownFile",
        assertThrows(
                BusinessException.class,
                () ->
                    StaffDraft.of(
                        p, new StaffEdit(p.titleTh(), null, null, BODY, null, null, List.of(7L))))
            .key());
  }

  @Test
  void anUnapprovedPostIsNotShaped() {
    Publication p =
        Publication.draft(
            "requester",
            null,
            new PostContent(Category.NEWS, "ข่าว", null, null, BODY, null, null),
            NOW);
    assertEquals(
        "publication.staff.notApproved",
        assertThrows(
                BusinessException.class,
                () -> StaffDraft.apply(p, edit(p, "ข่าว", BODY, null), false, NOW))
            .key());
  }
}
