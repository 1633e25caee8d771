package th.go.sesaoret.servicedesk.notification.application;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import th.go.sesaoret.servicedesk.notification.domain.HandledItem;
import th.go.sesaoret.servicedesk.notification.domain.NoticeKind;
import th.go.sesaoret.servicedesk.notification.domain.StepHandled;

/**
 * Marks the notices about an item handled once anyone acted on it, in the acting transaction: one
 * set-based update of the entries delivered so far, and a record of the item for the notices still
 * on their way. Entries from before rounds were recorded (round unknown) count for every round.
 */
@Stateless
@PermitAll // observes the workflow's event, whoever the caller is
public class NoticeHandling {
  /** The notices, not yet handled, that ask for the item acted on. */
  private static final String ABOUT_ITEM =
      " where e.requestId = :request and e.stepOrder = :step"
          + " and (e.round = :round or e.round is null or e.round = 0)"
          + " and e.kind in :kinds and e.handledAt is null";

  @PersistenceContext private EntityManager em;
  @Inject private NoticeKinds kinds;
  @Inject private UnreadCounts unread;

  /** Synchronous: inside the workflow's transaction, so it commits or rolls back with it. */
  public void handled(@Observes StepHandled item) {
    if (item.item() == NoticeKind.Item.NONE) {
      return;
    }
    em.persist(
        new HandledItem(
            item.requestId(),
            item.stepOrder(),
            item.round(),
            item.item(),
            item.by(),
            item.as(),
            item.at()));
    // the unread counts of those whose notices it marks are read again after the commit
    unread.changing(
        em.createQuery(
                "select distinct e.recipient from InboxEntry e"
                    + ABOUT_ITEM
                    + " and e.readAt is null",
                String.class)
            .setParameter("request", item.requestId())
            .setParameter("step", item.stepOrder())
            .setParameter("round", item.round())
            .setParameter("kinds", kinds.asking(item.item()))
            .getResultList());
    em.createQuery(
            "update InboxEntry e set e.handledAt = :at, e.handledBy = :by, e.handledAs = :as"
                + ABOUT_ITEM)
        .setParameter("at", item.at())
        .setParameter("by", item.by())
        .setParameter("as", item.as())
        .setParameter("request", item.requestId())
        .setParameter("step", item.stepOrder())
        .setParameter("round", item.round())
        .setParameter("kinds", kinds.asking(item.item()))
        .executeUpdate();
  }
}
