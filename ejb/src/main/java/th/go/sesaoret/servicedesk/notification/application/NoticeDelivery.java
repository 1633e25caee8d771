package th.go.sesaoret.servicedesk.notification.application;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import th.go.sesaoret.servicedesk.notification.domain.DeliveredNotice;
import th.go.sesaoret.servicedesk.notification.domain.HandledItem;
import th.go.sesaoret.servicedesk.notification.domain.InboxEntry;
import th.go.sesaoret.servicedesk.notification.domain.NoticeKind;
import th.go.sesaoret.servicedesk.notification.domain.NoticeText;
import th.go.sesaoret.servicedesk.notification.domain.OutboxMail;
import th.go.sesaoret.servicedesk.notification.domain.Recipients;
import th.go.sesaoret.servicedesk.notification.domain.RequestNotice;
import th.go.sesaoret.servicedesk.security.domain.Person;

/**
 * Turns one notice into inbox entries and queued e-mail, exactly once per notice key. It joins the
 * listener's transaction: the delivery record, the entries, the mail and the JMS acknowledgement
 * commit together, so a redelivered message finds the key and changes nothing.
 */
@Stateless
@PermitAll // called by the notice listeners, which run without a caller
public class NoticeDelivery {
  @PersistenceContext private EntityManager em;
  @Inject private Clock clock;
  @Inject private UnreadCounts unread;

  /** Delivers a notice; false when its key was delivered before. */
  public boolean deliver(RequestNotice notice) {
    if (isDelivered(notice.noticeKey())) {
      return false;
    }
    Instant now = clock.instant();
    em.persist(new DeliveredNotice(notice.noticeKey(), now));
    String baseUrl = NoticeText.baseUrl();
    Optional<HandledItem> handled = handledBefore(notice);
    List<Person> recipients = recipients(notice);
    unread.changing(recipients.stream().map(Person::username).toList());
    for (Person person : recipients) {
      InboxEntry entry = new InboxEntry(person.username(), notice, now);
      // acted on while the notice travelled: it arrives handled
      handled.ifPresent(h -> entry.handled(h.handledBy(), h.handledAs(), h.handledAt()));
      em.persist(entry);
      if (person.email() != null && handled.isEmpty()) { // nobody is mailed to do what is done
        NoticeText text =
            NoticeText.of(
                notice.kind(),
                notice.requestNumber(),
                notice.stepOrder(),
                notice.requestId(),
                person.language(),
                baseUrl);
        em.persist(new OutboxMail(person.email(), text, notice.noticeKey(), now));
      }
    }
    // a concurrent delivery of the same key fails here, on the unique key, and is redelivered
    em.flush();
    return true;
  }

  /** How an arriving notice's item was handled already, if it asks for one and it was. */
  private Optional<HandledItem> handledBefore(RequestNotice notice) {
    if (notice.kind().item() == NoticeKind.Item.NONE) {
      return Optional.empty();
    }
    return em.createQuery(
            "select h from HandledItem h where h.requestId = :request and h.stepOrder = :step"
                + " and h.round = :round and h.item = :item order by h.handledAt",
            HandledItem.class)
        .setParameter("request", notice.requestId())
        .setParameter("step", notice.stepOrder())
        .setParameter("round", notice.round())
        .setParameter("item", notice.kind().item())
        .setMaxResults(1)
        .getResultStream()
        .findFirst();
  }

  private boolean isDelivered(String key) {
    return em.createQuery(
                "select count(d) from DeliveredNotice d where d.noticeKey = :k", Long.class)
            .setParameter("k", key)
            .getSingleResult()
        > 0;
  }

  /** The active people a notice reaches: its user, or every holder of its role(s). */
  List<Person> recipients(RequestNotice notice) {
    if (notice.recipientUser() != null) {
      return em.createQuery(
              "select p from Person p where p.username = :u and p.active = true", Person.class)
          .setParameter("u", Person.normalizeUsername(notice.recipientUser()))
          .getResultList();
    }
    return em.createQuery(
            "select distinct p from Person p join p.roles r"
                + " where r in :roles and p.active = true order by p.username",
            Person.class)
        .setParameter("roles", Recipients.rolesFor(notice.recipientRole()))
        .getResultList();
  }
}
