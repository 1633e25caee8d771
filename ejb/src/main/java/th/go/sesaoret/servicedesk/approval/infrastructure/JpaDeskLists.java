package th.go.sesaoret.servicedesk.approval.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import th.go.sesaoret.servicedesk.approval.application.DeskLists;
import th.go.sesaoret.servicedesk.approval.application.DeskRow;
import th.go.sesaoret.servicedesk.approval.application.DeskSort;
import th.go.sesaoret.servicedesk.request.domain.Actor;
import th.go.sesaoret.servicedesk.request.infrastructure.VisibleRequests;
import th.go.sesaoret.servicedesk.security.domain.Role;
import th.go.sesaoret.servicedesk.shared.list.ListClauses;
import th.go.sesaoret.servicedesk.shared.list.ListQuery;

/**
 * The desk in JPQL: running approval steps of the caller's approval roles, unassigned or assigned
 * to the caller, searched (number, title, requester's name), filtered by service, sorted and paged
 * by the database; a page finds its ids first, then joins the request, its service and the
 * requester for those rows only.
 */
@ApplicationScoped
public class JpaDeskLists implements DeskLists {
  private static final String JOINS =
      " join s.request r join r.version v join v.service sv"
          + " left join Person p on p.username = r.requester";

  private static final String WHERE =
      " where s.clock.startedAt is not null and s.clock.finishedAt is null"
          + " and s.clock.pausedAt is null and s.actingRole in :roles"
          + " and (s.assignee is null or s.assignee = :me)";

  private static final String ROW =
      "select new th.go.sesaoret.servicedesk.approval.application.DeskRow(s.id, r.id, r.number,"
          + " sv.code, r.title, p.fullName, s.stepOrder, s.actingRole, s.clock.startedAt,"
          + " s.clock.dueAt, case when s.clock.bookedDue is not null then true else false end)"
          + " from StepInstance s"
          + JOINS;

  @PersistenceContext private EntityManager em;

  @Override
  public List<DeskRow> waiting(
      Actor who, Set<Role> roles, ListQuery<DeskSort> query, int first, int size) {
    ListClauses where = where(who, roles, query).param("first", first).param("size", size);
    String ids =
        "select s.id from StepInstance s"
            + JOINS
            + where.where()
            + query.orderBy("s.id")
            + " limit :size offset :first";
    return where
        .bind(
            em.createQuery(
                ROW + " where s.id in (" + ids + ")" + query.orderBy("s.id"), DeskRow.class))
        .getResultList();
  }

  @Override
  public long countWaiting(Actor who, Set<Role> roles, ListQuery<DeskSort> query) {
    ListClauses where = where(who, roles, query);
    return where
        .bind(
            em.createQuery(
                "select count(s) from StepInstance s" + JOINS + where.where(), Long.class))
        .getSingleResult();
  }

  @Override
  public List<DeskRow> onDesk(Actor who, Set<Role> roles, Collection<Long> stepIds) {
    ListClauses where =
        where(who, roles, ListQuery.sortedBy(DeskSort.DUE, true))
            .and("s.id in :ids")
            .param("ids", stepIds);
    return where
        .bind(
            em.createQuery(
                ROW + where.where() + ListQuery.sortedBy(DeskSort.DUE, true).orderBy("s.id"),
                DeskRow.class))
        .getResultList();
  }

  private static ListClauses where(Actor who, Set<Role> roles, ListQuery<DeskSort> query) {
    ListClauses where =
        new ListClauses(WHERE).search(query).param("roles", roles).param("me", who.username());
    VisibleRequests.restrict(where, "r", who);
    if (query.service() != null) {
      where.and("sv.code = :service").param("service", query.service());
    }
    return where;
  }
}
