package th.go.sesaoret.servicedesk.publication.domain;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import th.go.sesaoret.servicedesk.shared.BusinessException;

/**
 * Step 5's rule: staff shape the approved post, and may not change its meaning unseen. An edit
 * whose normalised text and files hash as approved is layout (body markup, image order, excerpt,
 * cover) and keeps the approval; any other is a change of text, shown as a word-level diff against
 * the approved words, and only written once staff confirm that it goes back to approval.
 */
public final class StaffDraft {
  /** What an edit would do: its sanitised body, the post's new digest, the diff when it changed. */
  public record Change(
      PostHtml body, String digest, boolean textChanged, List<WordDiff.Segment> diff) {}

  private StaffDraft() {}

  /**
   * What {@code edit} would do to {@code p}; refuses an edit over a limit or naming no own file.
   */
  public static Change of(Publication p, StaffEdit edit) {
    check(p, edit);
    Set<Long> own = p.files().stream().map(PublicationFile::id).collect(Collectors.toSet());
    PostHtml body = PostHtml.sanitise(edit.bodyHtml(), own);
    String titleEn = blankToNull(edit.titleEn());
    String summary = blankToNull(edit.summary());
    String bodyText = PostText.ofHtml(body.html());
    String digest =
        PublicationDigest.of(
            p.category(),
            edit.titleTh(),
            titleEn,
            summary,
            bodyText,
            p.files().stream().map(PublicationFile::sha256).toList());
    boolean changed = !digest.equals(p.approvedSha256());
    List<WordDiff.Segment> diff =
        changed
            ? WordDiff.between(
                p.approvedText(),
                PublicationDigest.wording(edit.titleTh(), titleEn, summary, bodyText))
            : List.of();
    return new Change(body, digest, changed, diff);
  }

  /**
   * Writes {@code edit}; a change of text only when {@code confirmed} (staff saw the diff and send
   * the post back to approval), refused otherwise. Returns what it did.
   */
  public static Change apply(Publication p, StaffEdit edit, boolean confirmed, Instant now) {
    if (p.approvedSha256() == null) {
      throw new BusinessException("publication.staff.notApproved");
    }
    Change c = of(p, edit);
    if (c.textChanged() && !confirmed) {
      throw new BusinessException("publication.staff.confirmTextChange");
    }
    if (c.textChanged()) {
      PostContent was = p.content();
      p.write(
          new PostContent(
              was.category(),
              edit.titleTh(),
              edit.titleEn(),
              edit.summary(),
              c.body().html(),
              was.wantedAt(),
              was.expiresAt()),
          now);
    } else if (!c.body().html().equals(p.bodyHtml())) {
      // the same words in another layout: the markup changes, the approval stands
      PostContent was = p.content();
      p.write(
          new PostContent(
              was.category(),
              was.titleTh(),
              was.titleEn(),
              was.summary(),
              c.body().html(),
              was.wantedAt(),
              was.expiresAt()),
          now);
    }
    p.excerpt(edit.excerpt());
    p.cover(edit.coverFileId());
    if (!edit.fileOrder().isEmpty()) {
      p.order(edit.fileOrder());
    }
    return c;
  }

  private static void check(Publication p, StaffEdit edit) {
    if (edit.titleTh() == null || edit.titleTh().isBlank()) {
      throw new BusinessException("publication.staff.titleRequired");
    }
    tooLong(edit.titleTh(), PostContent.TITLE_MAX, "publication.staff.titleTooLong");
    tooLong(edit.titleEn(), PostContent.TITLE_MAX, "publication.staff.titleTooLong");
    tooLong(edit.summary(), PostContent.SUMMARY_MAX, "publication.staff.summaryTooLong");
    tooLong(edit.bodyHtml(), PostHtml.MAX_LENGTH, "publication.staff.bodyTooLong");
    tooLong(edit.excerpt(), StaffEdit.EXCERPT_MAX, "publication.staff.excerptTooLong");
    if (edit.coverFileId() != null
        && p.file(edit.coverFileId()).filter(PublicationFile::isImage).isEmpty()) {
      throw new BusinessException("publication.staff.coverNotImage");
    }
    for (Long id : edit.fileOrder()) {
      if (id == null || p.file(id).isEmpty()) {
        throw new BusinessException("publication.staff.unknownFile");
      }
    }
  }

  private static void tooLong(String text, int max, String key) {
    if (text != null && text.strip().length() > max) {
      throw new BusinessException(key, max);
    }
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s.strip();
  }
}
