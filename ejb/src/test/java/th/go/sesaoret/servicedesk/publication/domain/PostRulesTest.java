package th.go.sesaoret.servicedesk.publication.domain;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import th.go.sesaoret.servicedesk.publication.domain.PersonalData.Consent;
import th.go.sesaoret.servicedesk.security.domain.Role;
import th.go.sesaoret.servicedesk.shared.BusinessException;

/** What a draft needs to be kept and what a post needs to be submitted. */
class PostRulesTest {
  private static final Instant NOW = Instant.parse("2026-12-02T03:00:00Z");
  private static final Instant WANTED = Instant.parse("2026-12-07T02:00:00Z");

  @Test
  void aDraftNeedsACategoryAndAThaiTitleOnly() {
    assertDoesNotThrow(() -> PostRules.checkDraft(content("ข่าวกีฬาสี", null, null, null), null));
    refused(
        "publication.form.titleTh.required",
        () -> PostRules.checkDraft(content(" ", null, null, null), null));
    refused(
        "publication.form.category.required",
        () ->
            PostRules.checkDraft(new PostContent(null, "ข่าว", null, null, "", null, null), null));
  }

  @Test
  void everyFieldHasItsLimitAndIsNeverCut() {
    String t301 = "ก".repeat(301);
    BusinessException e =
        assertThrows(
            BusinessException.class,
            () -> PostRules.checkDraft(content(t301, null, null, null), null));
    assertEquals("publication.form.titleTh.tooLong", e.key());
    assertEquals(300, e.args()[0]);
    refused(
        "publication.form.titleEn.tooLong",
        () -> PostRules.checkDraft(content("ข่าว", "e".repeat(301), null, null), null));
    refused(
        "publication.form.summary.tooLong",
        () -> PostRules.checkDraft(content("ข่าว", null, "ส".repeat(1001), null), null));
    assertDoesNotThrow(
        () -> PostRules.checkDraft(content("ก".repeat(300), null, "ส".repeat(1000), null), null));
    refused(
        "publication.form.body.tooLong",
        () ->
            PostRules.checkDraft(
                content("ข่าว", null, null, null),
                "<p>" + "x".repeat(PostHtml.MAX_LENGTH) + "</p>"));
  }

  @Test
  void theExpiryComesAfterThePublication() {
    refused(
        "publication.form.expiry.beforePublication",
        () ->
            PostRules.checkDraft(
                new PostContent(Category.NEWS, "ข่าว", null, null, "", WANTED, WANTED), null));
    refused(
        "publication.form.expiry.beforePublication",
        () ->
            PostRules.checkDraft(
                new PostContent(
                    Category.NEWS, "ข่าว", null, null, "", WANTED, WANTED.minusSeconds(60)),
                null));
    assertDoesNotThrow(
        () ->
            PostRules.checkDraft(
                new PostContent(
                    Category.NEWS, "ข่าว", null, null, "", WANTED, WANTED.plusSeconds(60)),
                null));
  }

  @Test
  void aSubmissionNeedsItsTimeItsApproverAndTheChecklist() {
    Publication p = Publication.draft("somchai", null, content("ข่าว", null, null, null), NOW);
    refused("publication.form.wantedAt.required", () -> PostRules.checkSubmission(p));
    p.write(new PostContent(Category.NEWS, "ข่าว", null, null, "", WANTED, null), NOW);
    refused("publication.form.proposeTo.required", () -> PostRules.checkSubmission(p));
    p.proposeTo(Role.STAFF);
    refused("publication.form.proposeTo.required", () -> PostRules.checkSubmission(p));
    p.proposeTo(Role.DIRECTOR);
    refused("publication.form.personalData.unanswered", () -> PostRules.checkSubmission(p));
    p.personalData(new PersonalData(false, false, false, null));
    refused("publication.form.personalData.unanswered", () -> PostRules.checkSubmission(p));
    p.personalData(new PersonalData(false, false, false, Consent.NOT_NEEDED));
    assertDoesNotThrow(() -> PostRules.checkSubmission(p));
  }

  @Test
  void facesOrNamesNeedConsentHeld() {
    refused(
        "publication.form.personalData.noConsent",
        () -> PostRules.checkPersonalData(new PersonalData(false, true, false, Consent.NOT_HELD)));
    refused(
        "publication.form.personalData.noConsent",
        () ->
            PostRules.checkPersonalData(new PersonalData(true, false, false, Consent.NOT_NEEDED)));
    assertDoesNotThrow(
        () -> PostRules.checkPersonalData(new PersonalData(true, true, false, Consent.HELD)));
    assertDoesNotThrow(
        () -> PostRules.checkPersonalData(new PersonalData(false, false, false, Consent.NOT_HELD)));
  }

  @Test
  void idNumbersAreNeverPublished() {
    refused(
        "publication.form.personalData.idNumbers",
        () -> PostRules.checkPersonalData(new PersonalData(false, false, true, Consent.HELD)));
  }

  @Test
  void aChangedPostIsNoLongerAsApproved() {
    Publication p =
        Publication.draft("somchai", null, content("ข่าว", null, "สรุป", "<p>เนื้อหา</p>"), NOW);
    p.approved(p.digest());
    assertTrue(p.isAsApproved());
    p.write(
        new PostContent(Category.NEWS, "ข่าว", null, "สรุป", "<p>เนื้อหาใหม่</p>", null, null),
        NOW);
    assertTrue(!p.isAsApproved());
    assertTrue(p.isWrittenBy("somchai") && !p.isWrittenBy("other"));
    assertEquals(Set.of(), p.fileIds());
  }

  private static PostContent content(String titleTh, String titleEn, String summary, String body) {
    return new PostContent(
        Category.NEWS, titleTh, titleEn, summary, body == null ? "" : body, null, null);
  }

  private static void refused(String key, Executable action) {
    assertEquals(key, assertThrows(BusinessException.class, action).key());
  }
}
