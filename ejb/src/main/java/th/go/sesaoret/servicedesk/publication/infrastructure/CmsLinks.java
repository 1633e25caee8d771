package th.go.sesaoret.servicedesk.publication.infrastructure;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import th.go.sesaoret.servicedesk.publication.application.CmsConnector.Remote;

/**
 * The connector's memory of what the CMS holds ({@link CmsLink}). Each write commits on its own
 * ({@code REQUIRES_NEW}), the moment the CMS gives an id: if a later step fails and the delivery is
 * rolled back and retried, the retry still knows what was created.
 */
@Stateless
@PermitAll
public class CmsLinks {
  @PersistenceContext private EntityManager em;

  /** What the CMS holds of post {@code publicationId} (nothing yet: no post id, no media). */
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public Remote known(long publicationId) {
    CmsLink link = em.find(CmsLink.class, publicationId);
    return link == null
        ? new Remote(null, java.util.Map.of())
        : new Remote(link.remotePostId(), link.media());
  }

  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public void media(long publicationId, long fileId, String mediaId) {
    link(publicationId).media(fileId, mediaId);
  }

  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public void post(long publicationId, String postId) {
    link(publicationId).remotePost(postId);
  }

  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public void pushed(long publicationId, Instant at) {
    link(publicationId).pushed(at);
  }

  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public void withdrawn(long publicationId, Instant at) {
    link(publicationId).withdrawn(at);
  }

  private CmsLink link(long publicationId) {
    CmsLink link = em.find(CmsLink.class, publicationId);
    if (link == null) {
      link = new CmsLink(publicationId);
      em.persist(link);
    }
    return link;
  }
}
