package th.go.sesaoret.servicedesk.publication.application;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import th.go.sesaoret.servicedesk.publication.domain.Category;
import th.go.sesaoret.servicedesk.publication.domain.Publication;

/**
 * The public news pages' reads, for anyone (no sign-in): a page of a category's live posts or of
 * all, newest first (a projection on {@code ix_publication_public} / {@code ix_publication_live},
 * paged by the database), a live post, a file of a live post, the sitemap's entries. A post is live
 * from its publication until it expires or is unpublished; one that is not live, unknown or
 * unpublished reads the same: empty.
 */
@Stateless
@PermitAll
public class NewsReading {
  /** Posts on a page of a public list. */
  public static final int PAGE_SIZE = 10;

  /** The most entries a feed carries. */
  public static final int FEED_SIZE = 20;

  /** The most posts the sitemap names. */
  public static final int SITEMAP_SIZE = 10_000;

  static final String LIVE =
      " p.release.publishedAt <= :now and (p.expiresAt is null or p.expiresAt > :now)"
          + " and p.release.unpublishedAt is null";

  @PersistenceContext private EntityManager em;
  @EJB private PostViews views;
  @Inject private Clock clock;

  /** A file of a live post: its bytes and the content type it was checked to be at upload. */
  public record NewsFile(String name, String contentType, String sha256, byte[] content) {}

  /** A live post's address for the sitemap: its id and when it was published. */
  public record Entry(long id, Category category, Instant publishedAt) {}

  /** The posts of page {@code page} (from 0) of {@code category} (null: all), newest first. */
  public List<NewsItem> page(Category category, int page) {
    return page(category, Math.max(0, page) * PAGE_SIZE, PAGE_SIZE, clock.instant());
  }

  /** {@code max} live posts of {@code category} (null: all) from {@code first}, newest first. */
  public List<NewsItem> page(Category category, int first, int max, Instant now) {
    TypedQuery<NewsItem> q =
        em.createQuery(
                "select new th.go.sesaoret.servicedesk.publication.application.NewsItem(p.id,"
                    + " p.category, p.titleTh, p.titleEn, p.summary, p.excerpt,"
                    + " p.release.publishedAt, p.coverFileId, p.optLock) from Publication p where"
                    + (category == null ? "" : " p.category = :category and")
                    + LIVE
                    + " order by p.release.publishedAt desc, p.id desc",
                NewsItem.class)
            .setParameter("now", now)
            .setFirstResult(first)
            .setMaxResults(max);
    if (category != null) {
      q.setParameter("category", category);
    }
    return q.getResultList();
  }

  /** How many live posts {@code category} (null: all) has. */
  public long count(Category category) {
    return count(category, clock.instant());
  }

  public long count(Category category, Instant now) {
    TypedQuery<Long> q =
        em.createQuery(
                "select count(p) from Publication p where"
                    + (category == null ? "" : " p.category = :category and")
                    + LIVE,
                Long.class)
            .setParameter("now", now);
    if (category != null) {
      q.setParameter("category", category);
    }
    return q.getSingleResult();
  }

  /** Live post {@code id} for its page, or empty. */
  public Optional<NewsPost> post(long id) {
    return post(id, clock.instant());
  }

  public Optional<NewsPost> post(long id, Instant now) {
    Optional<Object[]> row =
        em.createQuery(
                "select p, p.optLock from Publication p where p.id = :id and" + LIVE,
                Object[].class)
            .setParameter("id", id)
            .setParameter("now", now)
            .getResultStream()
            .findFirst();
    if (row.isEmpty()) {
      return Optional.empty();
    }
    Publication p = (Publication) row.get()[0];
    long version = ((Number) row.get()[1]).longValue();
    PostView view = views.of(p);
    return Optional.of(
        new NewsPost(view, version, p.approvedSha256(), views.digest(p, view.files())));
  }

  /** File {@code fileId} of live post {@code postId}, or empty (also when it is another's). */
  public Optional<NewsFile> file(long postId, long fileId) {
    return em.createQuery(
            "select new th.go.sesaoret.servicedesk.publication.application.NewsReading$NewsFile("
                + "f.name, f.contentType, f.sha256, f.content) from PublicationFile f"
                + " join f.publication p where f.id = :file and p.id = :post and"
                + LIVE,
            NewsFile.class)
        .setParameter("file", fileId)
        .setParameter("post", postId)
        .setParameter("now", clock.instant())
        .getResultStream()
        .findFirst();
  }

  /** Every live post's address, newest first (at most {@link #SITEMAP_SIZE}). */
  public List<Entry> entries() {
    return em.createQuery(
            "select new th.go.sesaoret.servicedesk.publication.application.NewsReading$Entry("
                + "p.id, p.category, p.release.publishedAt) from Publication p where"
                + LIVE
                + " order by p.release.publishedAt desc, p.id desc",
            Entry.class)
        .setParameter("now", clock.instant())
        .setMaxResults(SITEMAP_SIZE)
        .getResultList();
  }

  /** The time the pages are read at (the server's clock). */
  public Instant now() {
    return clock.instant();
  }
}
