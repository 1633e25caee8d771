package th.go.sesaoret.servicedesk.it;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Set;
import th.go.sesaoret.servicedesk.attachment.domain.CheckedFile;
import th.go.sesaoret.servicedesk.publication.application.PostPublished;
import th.go.sesaoret.servicedesk.publication.application.PostWithdrawn;
import th.go.sesaoret.servicedesk.publication.domain.Category;
import th.go.sesaoret.servicedesk.publication.domain.PostContent;
import th.go.sesaoret.servicedesk.publication.domain.PostHtml;
import th.go.sesaoret.servicedesk.publication.domain.Publication;
import th.go.sesaoret.servicedesk.publication.domain.PublicationFile;

/**
 * Test deployments only (issue 12 part H3): a post as the workflow leaves it once published, made
 * directly: a draft with a cover image and a PDF, approved (its digest recorded) and signed by the
 * demo director, its release times set by a JPQL update (the release's behaviour is the staff
 * part's). Times are seconds from now, so a test can make a post that is live, not yet live,
 * expired or unpublished.
 */
@Stateless
@PermitAll
public class NewsFixture {
  /** A 64 x 40 PNG. */
  static final byte[] PNG =
      Base64.getDecoder()
          .decode(
              "iVBORw0KGgoAAAANSUhEUgAAAEAAAAAoCAIAAADBrGu+AAAAWUlEQVR4nO3PUQkAIBTAwJfESCYztCH8OITBAtxm7fN1wwUNaEEDWtCAFjSgBQ1oQQNa0IAWNKAFDWhBA1rQgBY0oAUNaEEDWtCAFjSgBQ1oQQNa0IAWPHYBIXKwiMEdTL0AAAAASUVORK5CYII=");

  static final byte[] PDF =
      ("%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[]/Count 0>>"
              + "endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n")
          .getBytes(StandardCharsets.US_ASCII);

  @PersistenceContext(unitName = "servicedesk")
  private EntityManager em;

  @Inject private Event<PostPublished> published;
  @Inject private Event<PostWithdrawn> withdrawn;

  /** Post {@code id} went live, as the staff's publication says so (after this commits). */
  public void announcePublished(long id) {
    published.fire(new PostPublished(id));
  }

  /** Post {@code id} is unpublished now, and says so (after this commits). */
  public void announceWithdrawn(long id) {
    em.createQuery(
            "update Publication p set p.release.unpublishedAt = :now,"
                + " p.release.unpublishedBy = 'staff', p.release.unpublishReason = 'ทดสอบ'"
                + " where p.id = :id")
        .setParameter("now", Instant.now())
        .setParameter("id", id)
        .executeUpdate();
    withdrawn.fire(new PostWithdrawn(id));
  }

  /** The CMS's post id remembered for post {@code id}, or null. */
  public String remotePostId(long id) {
    List<?> found =
        em.createNativeQuery("select remote_post_id from publication_cms where publication_id = ?1")
            .setParameter(1, id)
            .getResultList();
    return found.isEmpty() || found.get(0) == null ? null : String.valueOf(found.get(0));
  }

  /** What a test asks for. */
  public record Post(
      Category category,
      String titleTh,
      String titleEn,
      String summary,
      Long publishedIn,
      Long expiresIn,
      boolean unpublished,
      boolean tampered,
      boolean files) {}

  /** Makes {@code post}; returns its id, and its files' ids after it ({@code id,cover,pdf}). */
  public String make(Post post) {
    Instant now = Instant.now();
    PostContent draftContent =
        new PostContent(
            post.category(), post.titleTh(), post.titleEn(), post.summary(), "", null, null);
    Publication p = Publication.draft("requester", null, draftContent, now.minusSeconds(86_400));
    em.persist(p);
    PublicationFile cover = null;
    PublicationFile pdf = null;
    if (post.files()) {
      cover = p.addFile(new CheckedFile("ภาพกิจกรรม.png", "image/png", PNG), now);
      pdf = p.addFile(new CheckedFile("ประกาศ ฉบับเต็ม.pdf", "application/pdf", PDF), now);
      em.persist(cover);
      em.persist(pdf);
      em.flush();
    }
    String body =
        "<p>"
            + post.titleTh()
            + " รายละเอียดของข่าวนี้สำหรับผู้อ่านทั่วไป</p>"
            + (cover == null
                ? ""
                : "<p><img src=\"attachment:" + cover.id() + "\" alt=\"ภาพ\" /></p>")
            + "<p><a href=\"https://www.sesaoret.go.th/\">สพม.ร้อยเอ็ด</a></p>";
    Set<Long> own = cover == null ? Set.of() : Set.of(cover.id());
    p.write(
        new PostContent(
            post.category(),
            post.titleTh(),
            post.titleEn(),
            post.summary(),
            PostHtml.sanitise(body, own).html(),
            null,
            post.expiresIn() == null ? null : now.plusSeconds(post.expiresIn())),
        now);
    if (cover != null) {
      p.cover(cover.id());
    }
    p.approved(p.digest());
    em.flush();
    var update =
        em.createQuery(
                "update Publication p set p.release.publishedAt = :published,"
                    + " p.release.approvedBy = 'director', p.release.approvedAt = :approved,"
                    + " p.release.verificationCode = 'K7M2-9QXD-4TPA', p.release.unpublishedAt = :gone,"
                    + " p.release.unpublishedBy = :goneBy, p.release.unpublishReason = :why"
                    + (post.tampered() ? ", p.approvedSha256 = :other" : "")
                    + " where p.id = :id")
            .setParameter(
                "published",
                post.publishedIn() == null ? null : now.plusSeconds(post.publishedIn()))
            .setParameter("approved", now.minusSeconds(3600))
            .setParameter("gone", post.unpublished() ? now.minusSeconds(60) : null)
            .setParameter("goneBy", post.unpublished() ? "staff" : null)
            .setParameter("why", post.unpublished() ? "ข้อมูลไม่เป็นปัจจุบัน" : null)
            .setParameter("id", p.id());
    if (post.tampered()) {
      update.setParameter("other", "0".repeat(64));
    }
    update.executeUpdate();
    return p.id() + (cover == null ? "" : "," + cover.id() + "," + pdf.id());
  }
}
