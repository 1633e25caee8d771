package th.go.sesaoret.servicedesk.publication.infrastructure;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.logging.Logger;
import th.go.sesaoret.servicedesk.notification.domain.NoticeText;
import th.go.sesaoret.servicedesk.publication.application.CmsConnector;
import th.go.sesaoret.servicedesk.publication.application.CmsConnector.CmsFile;
import th.go.sesaoret.servicedesk.publication.application.CmsConnector.CmsPost;
import th.go.sesaoret.servicedesk.publication.application.CmsConnector.Remote;
import th.go.sesaoret.servicedesk.publication.domain.Publication;
import th.go.sesaoret.servicedesk.publication.domain.PublicationFile;

/**
 * Pushes a post to the office's website, or takes it down there, through the configured {@link
 * CmsConnector}. A post is only pushed while it is live here: a publication that reaches the site
 * after its withdrawal (a retry overtaken) takes it down instead. Idempotent: what the site holds
 * is remembered ({@link CmsLinks}), so a retry updates, never posts twice.
 */
@Stateless
@PermitAll
public class CmsPush {
  private static final Logger LOG = Logger.getLogger(CmsPush.class.getName());

  @PersistenceContext private EntityManager em;
  @EJB private CmsLinks links;
  @Inject private Clock clock;

  public void publish(long publicationId) {
    Optional<CmsConnector> connector = connector();
    if (connector.isEmpty()) {
      return;
    }
    Publication p = em.find(Publication.class, publicationId);
    if (p == null) {
      return;
    }
    Instant now = clock.instant();
    Remote known = links.known(publicationId);
    if (!live(p, now)) {
      if (known.postId() != null) {
        connector.get().withdraw(known.postId());
        links.withdrawn(publicationId, now);
      }
      return;
    }
    List<CmsFile> files =
        p.files().stream()
            .map(
                (PublicationFile f) ->
                    new CmsFile(f.id(), f.name(), f.contentType(), f.content(), f.caption()))
            .toList();
    String base = NoticeText.baseUrl().strip().replaceAll("/$", "");
    CmsPost post =
        new CmsPost(
            publicationId,
            p.titleTh(),
            p.excerpt() != null ? p.excerpt() : p.summary(),
            p.bodyHtml(),
            p.coverFileId(),
            files,
            base + "/news/post/" + publicationId);
    connector
        .get()
        .publish(
            post,
            known,
            new CmsConnector.Memory() {
              @Override
              public void media(long fileId, String mediaId) {
                links.media(publicationId, fileId, mediaId);
              }

              @Override
              public void post(String postId) {
                links.post(publicationId, postId);
              }
            });
    links.pushed(publicationId, now);
    LOG.info("Post " + publicationId + " is on the website");
  }

  public void withdraw(long publicationId) {
    Optional<CmsConnector> connector = connector();
    if (connector.isEmpty()) {
      return;
    }
    Remote known = links.known(publicationId);
    if (known.postId() == null) {
      return;
    }
    connector.get().withdraw(known.postId());
    links.withdrawn(publicationId, clock.instant());
  }

  private static boolean live(Publication p, Instant now) {
    Instant published = p.release().publishedAt();
    return published != null
        && !published.isAfter(now)
        && (p.expiresAt() == null || p.expiresAt().isAfter(now))
        && p.release().unpublishedAt() == null;
  }

  private static Optional<CmsConnector> connector() {
    return CmsSettings.current().map(WordPressConnector::new);
  }
}
