package th.go.sesaoret.servicedesk.notification.application;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.util.List;
import th.go.sesaoret.servicedesk.notification.domain.InboxEntry;
import th.go.sesaoret.servicedesk.security.domain.Role;
import th.go.sesaoret.servicedesk.shared.BusinessException;

/**
 * The signed-in person's own notices. Any signed-in role may call it (an anonymous caller may not:
 * its name could match an account); every query is bound to the caller, so nobody reads or marks
 * another person's entries.
 */
@Stateless
@RolesAllowed({
  Role.ADMIN_NAME,
  Role.DIRECTOR_NAME,
  Role.DEPUTY_DIRECTOR_NAME,
  Role.GROUP_DIRECTOR_NAME,
  Role.CLERK_NAME,
  Role.STAFF_NAME,
  Role.REQUESTER_NAME
})
public class Inbox {
  @Resource private SessionContext context;
  @PersistenceContext private EntityManager em;
  @Inject private Clock clock;

  /** One page of the caller's notices, newest first, with who handled each handled one. */
  public List<InboxRow> page(int first, int size) {
    return em.createQuery(
            "select new th.go.sesaoret.servicedesk.notification.application.InboxRow(e.id, e.kind,"
                + " e.requestId, e.requestNumber, e.stepOrder, e.createdAt, e.readAt, e.handledAt,"
                + " p.fullName, e.handledAs)"
                + " from InboxEntry e left join Person p on p.username = e.handledBy"
                + " where e.recipient = :me order by e.createdAt desc, e.id desc",
            InboxRow.class)
        .setParameter("me", caller())
        .setFirstResult(first)
        .setMaxResults(size)
        .getResultList();
  }

  public long count() {
    return em.createQuery("select count(e) from InboxEntry e where e.recipient = :me", Long.class)
        .setParameter("me", caller())
        .getSingleResult();
  }

  /** Notices neither read nor handled by anyone: what still waits for the caller. */
  public long unreadCount() {
    return em.createQuery(
            "select count(e) from InboxEntry e where e.recipient = :me and e.readAt is null"
                + " and e.handledAt is null",
            Long.class)
        .setParameter("me", caller())
        .getSingleResult();
  }

  public void markRead(long entryId) {
    InboxEntry entry = em.find(InboxEntry.class, entryId);
    if (entry == null || !entry.recipient().equals(caller())) {
      throw new BusinessException("notification.inbox.notYours");
    }
    entry.markRead(clock.instant());
  }

  /** Marks every unread notice of the caller read; returns how many. */
  public int markAllRead() {
    return em.createQuery(
            "update InboxEntry e set e.readAt = :now where e.recipient = :me and e.readAt is null")
        .setParameter("now", clock.instant())
        .setParameter("me", caller())
        .executeUpdate();
  }

  private String caller() {
    return context.getCallerPrincipal().getName();
  }
}
