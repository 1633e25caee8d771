package th.go.sesaoret.servicedesk.notification.application;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import th.go.sesaoret.servicedesk.notification.domain.InboxEntry;
import th.go.sesaoret.servicedesk.notification.domain.NoticeKind.Item;
import th.go.sesaoret.servicedesk.security.domain.Role;
import th.go.sesaoret.servicedesk.shared.BusinessException;
import th.go.sesaoret.servicedesk.shared.list.ListClauses;
import th.go.sesaoret.servicedesk.shared.list.ListPage;
import th.go.sesaoret.servicedesk.shared.list.ListQuery;

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
  /** A notice's request, its service, its requester and the step it is about. */
  private static final String LISTED =
      " from InboxEntry e left join ServiceRequest r on r.id = e.requestId"
          + " left join r.version v left join v.service sv"
          + " left join Person p on p.username = r.requester"
          + " left join StepInstance s on s.request = r and s.stepOrder = e.stepOrder"
          + " left join Person hp on hp.username = e.handledBy"
          + " where e.recipient = :me";

  private static final String SEARCH =
      "(lower(e.requestNumber) like :q escape '!' or lower(r.title) like :q escape '!'"
          + " or lower(p.fullName) like :q escape '!')";

  /**
   * A notice that asks its reader for an action whose step still waits (and nobody has handled it):
   * a correction while the request is returned, any other while its step runs (not paused, not
   * finished).
   */
  private static final String WAITING =
      "(e.handledAt is null and s.clock.startedAt is not null and s.clock.finishedAt is null"
          + " and ((e.kind in :correcting and r.status = :returned)"
          + " or (e.kind in :working and r.status = :open and s.clock.pausedAt is null)))";

  private static final String OVERDUE =
      "(r.status = :open and s.clock.finishedAt is null and s.clock.pausedAt is null"
          + " and s.clock.dueAt < :now)";

  @Resource private SessionContext context;
  @PersistenceContext private EntityManager em;
  @Inject private Clock clock;
  @Inject private NoticeKinds kinds;
  @Inject private RequestStates states;
  @Inject private UnreadCounts unread;

  /** One page of the caller's notices, newest first, with who handled each handled one. */
  public List<InboxRow> page(int first, int size) {
    return rows(ListQuery.sortedBy(InboxSort.TIME, false), first, size);
  }

  public long count() {
    return em.createQuery("select count(e) from InboxEntry e where e.recipient = :me", Long.class)
        .setParameter("me", caller())
        .getSingleResult();
  }

  /**
   * One page of the caller's notices that match the search and filters, in the chosen order, with
   * who handled each handled one and whether each still waits for the caller: one query.
   */
  public List<InboxRow> page(ListQuery<InboxSort> query, ListPage page) {
    return rows(query, page.first(), page.size());
  }

  private List<InboxRow> rows(ListQuery<InboxSort> query, int first, int size) {
    ListClauses where = where(query);
    return where
        .bind(
            em.createQuery(
                "select new th.go.sesaoret.servicedesk.notification.application.InboxRow(e.id,"
                    + " e.kind, e.requestId, e.requestNumber, e.stepOrder, e.createdAt, e.readAt,"
                    + " e.handledAt, hp.fullName, e.handledAs, case when "
                    + WAITING
                    + " then true else false end)"
                    + LISTED
                    + where.where()
                    + query.orderBy("e.id desc"),
                InboxRow.class))
        .setFirstResult(first)
        .setMaxResults(size)
        .getResultList();
  }

  public long count(ListQuery<InboxSort> query) {
    ListClauses where = where(query);
    // unfiltered, the caller's notices alone: an index-only count (ix_inbox_recipient)
    String from = filtered(query) ? LISTED : " from InboxEntry e where e.recipient = :me";
    return where
        .bind(em.createQuery("select count(e)" + from + where.where(), Long.class))
        .getSingleResult();
  }

  /** A search or a filter reads the notices' requests, steps or people. */
  private static boolean filtered(ListQuery<InboxSort> query) {
    return query.searches()
        || query.service() != null
        || query.state() != null
        || query.overdue()
        || query.waitingForMe();
  }

  /** Which of the caller's notices {@code ids} ask for an action that still waits. */
  public Set<Long> waiting(Collection<Long> ids) {
    if (ids.isEmpty()) {
      return Set.of();
    }
    ListClauses where = clauses().and("e.id in :ids").param("ids", ids).and(WAITING);
    return new HashSet<>(
        where
            .bind(em.createQuery("select e.id" + LISTED + where.where(), Long.class))
            .getResultList());
  }

  private ListClauses where(ListQuery<InboxSort> query) {
    ListClauses where = clauses().search(query, SEARCH);
    if (query.service() != null) {
      where.and("sv.code = :service").param("service", query.service());
    }
    Enum<?> status = query.state();
    if (status != null) {
      if (!states.type().isInstance(status)) {
        throw new BusinessException("list.filterRefused");
      }
      where.and("r.status = :status").param("status", status);
    }
    if (query.overdue()) {
      where.and(OVERDUE).param("now", clock.instant());
    }
    if (query.waitingForMe()) {
      where.and(WAITING);
    }
    return where;
  }

  private ListClauses clauses() {
    return new ListClauses("")
        .param("me", caller())
        .param("correcting", kinds.askingRecipient(Item.CORRECTION))
        .param("working", kinds.askingRecipient(Item.STEP))
        .param("returned", states.returned())
        .param("open", states.open());
  }

  /** The caller's unread notices that nobody handled yet; kept until the inbox changes. */
  public long unreadCount() {
    String me = caller();
    return unread.of(
        me,
        () ->
            em.createQuery(
                    "select count(e) from InboxEntry e where e.recipient = :me and e.readAt is null"
                        + " and e.handledAt is null",
                    Long.class)
                .setParameter("me", me)
                .getSingleResult());
  }

  public void markRead(long entryId) {
    InboxEntry entry = em.find(InboxEntry.class, entryId);
    if (entry == null || !entry.recipient().equals(caller())) {
      throw new BusinessException("notification.inbox.notYours");
    }
    entry.markRead(clock.instant());
    unread.changing(List.of(entry.recipient()));
  }

  /** Marks every unread notice of the caller read; returns how many. */
  public int markAllRead() {
    unread.changing(List.of(caller()));
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
