package th.go.sesaoret.servicedesk.publication.application;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.List;
import th.go.sesaoret.servicedesk.audit.domain.AuditEntry;
import th.go.sesaoret.servicedesk.audit.domain.AuditEntry.Fact;
import th.go.sesaoret.servicedesk.notification.domain.RequestNotice;
import th.go.sesaoret.servicedesk.publication.domain.Publication;
import th.go.sesaoret.servicedesk.publication.domain.PublishingNotice;

/**
 * The release timer's work (step 7 and after), at an instant the caller gives (the timer gives its
 * clock's): posts whose time has come go live ({@code publishedAt}, the preview link dies, {@link
 * PostPublished}, the requester hears of it with the public link on the request page), and live
 * posts whose expiry has come leave public view ({@link PostWithdrawn}; the record stays). Two
 * indexed range reads ({@code publish_at}, {@code expires_at}). Also kills a post's preview when
 * its request ends ({@link #requestEnded}), for the service's plug-in.
 */
@Stateless
@PermitAll // called by the timer, which runs without a caller
public class PostReleases {
  /** The audit trail's name for what the timer does (there is no caller). */
  static final String SYSTEM = "system";

  @PersistenceContext private EntityManager em;
  @Inject private Event<PostPublished> published;
  @Inject private Event<PostWithdrawn> withdrawn;
  @Inject private Event<RequestNotice> notices;

  /** Makes due posts live and withdraws expired ones at {@code now}; returns how many changed. */
  public int runDue(Instant now) {
    List<Publication> due =
        em.createQuery(
                "select p from Publication p join fetch p.request"
                    + " where p.release.publishAt <= :now and p.release.publishedAt is null"
                    + " and p.release.unpublishedAt is null",
                Publication.class)
            .setParameter("now", now)
            .getResultList();
    for (Publication p : due) {
      goLive(p, now);
      audit(p, now, "PUBLICATION_LIVE", "publish at " + p.release().publishAt());
    }
    List<Publication> expiring =
        em.createQuery(
                "select p from Publication p join fetch p.request"
                    + " where p.expiresAt <= :now and p.release.publishedAt is not null"
                    + " and p.release.unpublishedAt is null and p.release.expiredAt is null",
                Publication.class)
            .setParameter("now", now)
            .getResultList();
    for (Publication p : expiring) {
      p.release().expire(now);
      withdrawn.fire(new PostWithdrawn(p.id()));
      notices.fire(withdrawnNotice(p));
      audit(p, now, "PUBLICATION_EXPIRE", "expires at " + p.expiresAt());
    }
    return due.size() + expiring.size();
  }

  /**
   * The post's request ended (completed, cancelled, rejected): its preview link dies. For the
   * service's plug-in to call from {@code ServicePlugin.ended}; does nothing for a request that is
   * not a post.
   */
  public void requestEnded(long requestId, Instant now) {
    Publications.ofRequest(em, requestId).ifPresent(p -> p.preview().kill(now));
  }

  /** Post {@code p} goes live now: the preview dies, the event fires, the requester hears. */
  private void goLive(Publication p, Instant now) {
    live(p, now);
    published.fire(new PostPublished(p.id()));
    notices.fire(publishedNotice(p));
  }

  /** Post {@code p} is live from {@code now}, its preview link dead. */
  static void live(Publication p, Instant now) {
    p.release().goLive(now);
    p.preview().kill(now);
  }

  static RequestNotice publishedNotice(Publication p) {
    var r = p.request();
    String key =
        String.join(
            ":",
            PublishingNotice.PUBLICATION_PUBLISHED.name(),
            "" + r.id(),
            "" + p.release().publishedAt().toEpochMilli(),
            r.requester());
    int last = r.steps().get(r.steps().size() - 1).order();
    return new RequestNotice(
        key,
        PublishingNotice.PUBLICATION_PUBLISHED,
        r.id(),
        r.number(),
        last,
        0,
        r.requester(),
        null);
  }

  static RequestNotice withdrawnNotice(Publication p) {
    var r = p.request();
    String key =
        String.join(":", PublishingNotice.PUBLICATION_WITHDRAWN.name(), "" + r.id(), r.requester());
    int last = r.steps().get(r.steps().size() - 1).order();
    return new RequestNotice(
        key,
        PublishingNotice.PUBLICATION_WITHDRAWN,
        r.id(),
        r.number(),
        last,
        0,
        r.requester(),
        null);
  }

  private void audit(Publication p, Instant now, String action, String what) {
    var r = p.request();
    em.persist(
        new AuditEntry(
            now, SYSTEM, SYSTEM, new Fact(action, r.id(), r.number(), r.state(), r.state(), what)));
  }
}
