package th.go.sesaoret.servicedesk.publication.domain;

import th.go.sesaoret.servicedesk.security.domain.Role;
import th.go.sesaoret.servicedesk.shared.BusinessException;

/**
 * The request side's rules of a post: what a draft needs to be saved (a category, a Thai title,
 * every field within its limit, an expiry after the wanted publication time) and what it needs to
 * be submitted (a wanted publication time, whom it is proposed to, the personal-data checklist
 * answered and no one's face, name or ID number shown without their consent). A refusal names the
 * field and its limit; nothing is ever cut.
 */
public final class PostRules {
  private PostRules() {}

  /** Refuses a draft that cannot be kept as it is. */
  public static void checkDraft(PostContent c, String rawBody) {
    if (c.category() == null) {
      throw new BusinessException("publication.form.category.required");
    }
    if (c.titleTh() == null || c.titleTh().isBlank()) {
      throw new BusinessException("publication.form.titleTh.required");
    }
    if (c.titleTh().strip().length() > PostContent.TITLE_MAX) {
      throw new BusinessException("publication.form.titleTh.tooLong", PostContent.TITLE_MAX);
    }
    if (c.titleEn() != null && c.titleEn().strip().length() > PostContent.TITLE_MAX) {
      throw new BusinessException("publication.form.titleEn.tooLong", PostContent.TITLE_MAX);
    }
    if (c.summary() != null && c.summary().strip().length() > PostContent.SUMMARY_MAX) {
      throw new BusinessException("publication.form.summary.tooLong", PostContent.SUMMARY_MAX);
    }
    if ((rawBody != null && rawBody.length() > PostHtml.MAX_LENGTH)
        || (c.bodyHtml() != null && c.bodyHtml().length() > PostHtml.MAX_LENGTH)) {
      throw new BusinessException("publication.form.body.tooLong", PostHtml.MAX_LENGTH);
    }
    if (c.wantedAt() != null && c.expiresAt() != null && !c.expiresAt().isAfter(c.wantedAt())) {
      throw new BusinessException("publication.form.expiry.beforePublication");
    }
  }

  /** Refuses a post that is not ready to be submitted (step 2). */
  public static void checkSubmission(Publication p) {
    checkDraft(p.content(), null);
    if (p.wantedAt() == null) {
      throw new BusinessException("publication.form.wantedAt.required");
    }
    checkProposeTo(p.proposeTo());
    checkPersonalData(p.personalData());
  }

  /** Only the deputy director or the director authorise a post (the manual's step 3). */
  public static void checkProposeTo(Role to) {
    if (to != Role.DEPUTY_DIRECTOR && to != Role.DIRECTOR) {
      throw new BusinessException("publication.form.proposeTo.required");
    }
  }

  /**
   * Every question answered; students' names or faces only with consent held; ID numbers never (no
   * consent makes a published ID number safe: it stays usable for fraud).
   */
  public static void checkPersonalData(PersonalData pd) {
    if (pd == null || !pd.isAnswered()) {
      throw new BusinessException("publication.form.personalData.unanswered");
    }
    if (Boolean.TRUE.equals(pd.idNumbers())) {
      throw new BusinessException("publication.form.personalData.idNumbers");
    }
    boolean namesOrFaces =
        Boolean.TRUE.equals(pd.studentNames()) || Boolean.TRUE.equals(pd.faces());
    if (namesOrFaces && pd.consent() != PersonalData.Consent.HELD) {
      throw new BusinessException("publication.form.personalData.noConsent");
    }
  }
}
