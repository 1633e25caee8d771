package th.go.sesaoret.servicedesk.request.application;

import static th.go.sesaoret.servicedesk.security.domain.Role.ADMIN_NAME;
import static th.go.sesaoret.servicedesk.security.domain.Role.CLERK_NAME;
import static th.go.sesaoret.servicedesk.security.domain.Role.DEPUTY_DIRECTOR_NAME;
import static th.go.sesaoret.servicedesk.security.domain.Role.DIRECTOR_NAME;
import static th.go.sesaoret.servicedesk.security.domain.Role.GROUP_DIRECTOR_NAME;
import static th.go.sesaoret.servicedesk.security.domain.Role.REQUESTER_NAME;
import static th.go.sesaoret.servicedesk.security.domain.Role.STAFF_NAME;

import jakarta.annotation.Resource;
import jakarta.annotation.security.DeclareRoles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import th.go.sesaoret.servicedesk.audit.application.AuditTrail;
import th.go.sesaoret.servicedesk.audit.domain.AuditEntry.Fact;
import th.go.sesaoret.servicedesk.request.domain.Actor;
import th.go.sesaoret.servicedesk.request.domain.Attachment;
import th.go.sesaoret.servicedesk.request.domain.ContentDigest;
import th.go.sesaoret.servicedesk.request.domain.RequestStatus;
import th.go.sesaoret.servicedesk.request.domain.ServiceRequest;
import th.go.sesaoret.servicedesk.request.domain.StepActing;
import th.go.sesaoret.servicedesk.request.domain.Visibility;
import th.go.sesaoret.servicedesk.security.application.CallerRoles;
import th.go.sesaoret.servicedesk.security.domain.Role;
import th.go.sesaoret.servicedesk.shared.BusinessException;
import th.go.sesaoret.servicedesk.shared.list.ListClauses;
import th.go.sesaoret.servicedesk.shared.list.ListPage;
import th.go.sesaoret.servicedesk.shared.list.ListQuery;
import th.go.sesaoret.servicedesk.sla.application.WorkingCalendar;

/**
 * What the screens read: "My requests", a request's page with its timeline, the work queue of the
 * caller's roles, attachment downloads. Lists are projections paged by the database; a request the
 * caller may not see is refused with {@code request.notVisible} and an audit entry.
 */
@Stateless
@DeclareRoles({
  REQUESTER_NAME,
  CLERK_NAME,
  STAFF_NAME,
  GROUP_DIRECTOR_NAME,
  DEPUTY_DIRECTOR_NAME,
  DIRECTOR_NAME,
  ADMIN_NAME
})
@RolesAllowed({
  REQUESTER_NAME,
  CLERK_NAME,
  STAFF_NAME,
  GROUP_DIRECTOR_NAME,
  DEPUTY_DIRECTOR_NAME,
  DIRECTOR_NAME,
  ADMIN_NAME
})
public class RequestQueries {
  private static final String MINE =
      " from ServiceRequest r join r.version v join v.service sv"
          + " left join StepInstance cur on cur.request = r and cur.stepOrder = r.currentStep"
          + " left join Person p on p.username = r.requester";

  /** A correction of one's own, or a running step of one's own (the requester's). */
  private static final String MINE_WAITING =
      "((r.status = :returned and r.requester = :me) or (r.status = :open"
          + " and cur.clock.finishedAt is null and cur.clock.startedAt is not null"
          + " and cur.clock.pausedAt is null"
          + " and cur.actingRole = :requesterRole and r.requester = :me))";

  private static final String MINE_OVERDUE =
      "(r.status = :open and cur.clock.finishedAt is null and cur.clock.pausedAt is null"
          + " and cur.clock.dueAt < :now)";

  @PersistenceContext private EntityManager em;
  @Inject private Clock clock;
  @Resource private SessionContext session;
  @EJB private AuditTrail audit;
  @EJB private WorkingCalendar calendar;
  @Inject private ServicePlugins plugins;

  /** The caller's requests (and those the caller filed for others), newest first. */
  public List<MyRequestRow> myRequests(int first, int size) {
    return myRequests(ListQuery.sortedBy(MyRequestSort.SUBMITTED, false), first, size);
  }

  public long countMyRequests() {
    return countMyRequests(ListQuery.sortedBy(MyRequestSort.SUBMITTED, false));
  }

  /** One page of the caller's requests that match the search and filters, in the chosen order. */
  public List<MyRequestRow> myRequests(ListQuery<MyRequestSort> query, ListPage page) {
    return myRequests(query, page.first(), page.size());
  }

  public long countMyRequests(ListQuery<MyRequestSort> query) {
    ListClauses where = mine(query);
    return where
        .bind(em.createQuery("select count(r)" + MINE + where.where(), Long.class))
        .getSingleResult();
  }

  private List<MyRequestRow> myRequests(ListQuery<MyRequestSort> query, int first, int size) {
    ListClauses where = mine(query);
    return where
        .bind(
            em.createQuery(
                "select new th.go.sesaoret.servicedesk.request.application.MyRequestRow(r.id,"
                    + " r.number, sv.code, r.title, r.status, r.submittedAt, r.finishedAt,"
                    + " r.currentStep, cur.actingRole, cur.clock.dueAt, case when "
                    + MINE_WAITING
                    + " then true else false end)"
                    + MINE
                    + where.where()
                    + query.orderBy("r.id desc"),
                MyRequestRow.class))
        .setFirstResult(first)
        .setMaxResults(size)
        .getResultList();
  }

  private ListClauses mine(ListQuery<MyRequestSort> query) {
    ListClauses where =
        new ListClauses(" where (r.requester = :me or r.filedBy = :me)")
            .search(query)
            .param("me", me())
            .param("open", RequestStatus.OPEN)
            .param("returned", RequestStatus.RETURNED)
            .param("requesterRole", Role.REQUESTER)
            .param("now", clock.instant());
    if (query.service() != null) {
      where.and("sv.code = :service").param("service", query.service());
    }
    RequestStatus status = query.state(RequestStatus.class);
    if (status != null) {
      where.and("r.status = :status").param("status", status);
    }
    if (query.overdue()) {
      where.and(MINE_OVERDUE);
    }
    if (query.waitingForMe()) {
      where.and(MINE_WAITING);
    }
    return where;
  }

  /**
   * How many of the caller's own requests wait for them now: a step of theirs is running (e.g. a
   * publication's content check) or the request came back for correction.
   */
  public long countWaitingForMe() {
    return em.createQuery(
            "select count(r) from ServiceRequest r"
                + " left join StepInstance cur on cur.request = r and cur.stepOrder = r.currentStep"
                + " where "
                + MINE_WAITING,
            Long.class)
        .setParameter("me", me())
        .setParameter("open", RequestStatus.OPEN)
        .setParameter("returned", RequestStatus.RETURNED)
        .setParameter("requesterRole", Role.REQUESTER)
        .getSingleResult();
  }

  /**
   * A request's page in the given language; a fixed number of queries whatever its size. It says
   * what the caller may do now, by the rules the actions enforce ({@link StepActing#allowed}).
   */
  public RequestDetail request(long id, Locale locale, String sourceIp) {
    ServiceRequest r = visible(id, sourceIp);
    List<AttachmentInfo> files =
        em.createQuery(
                "select new th.go.sesaoret.servicedesk.request.application.AttachmentInfo(a.id,"
                    + " a.filename, a.contentType, a.size, a.sha256) from Attachment a"
                    + " where a.request.id = :id order by a.id",
                AttachmentInfo.class)
            .setParameter("id", id)
            .getResultList();
    String digest =
        ContentDigest.of(
            r.title(), r.description(), files.stream().map(AttachmentInfo::sha256).toList());
    var steps = Timelines.steps(em, id);
    var approvals = Timelines.approvals(em, id);
    List<String> named = new ArrayList<>(Timelines.usernames(steps, approvals));
    named.add(r.requester());
    named.add(r.filedBy());
    People people = People.of(em, named);
    var now = clock.instant();
    Actor who = Callers.actor(session, em, now);
    var service = r.version().service();
    ServicePlugin plugin = plugins.of(service.code());
    boolean ownPanel =
        r.status() == RequestStatus.OPEN
            && r.currentStep().filter(s -> plugin.ownPanel(s.key())).isPresent();
    return new RequestDetail(
        r.id(),
        r.number(),
        service.code(),
        service.name(locale),
        r.title(),
        r.description(),
        r.status(),
        r.requester(),
        r.filedBy(),
        r.submittedAt(),
        r.finishedAt(),
        digest,
        Timelines.of(steps, locale, people, key -> plugin.stepName(id, key, locale)),
        files,
        Timelines.signatures(approvals, people),
        people.as(r.requester(), Role.REQUESTER),
        people.as(r.filedBy(), Role.CLERK),
        StepActing.on(r, calendar.calendar(), now, plugin::ownActions).allowed(who),
        ownPanel);
  }

  /** An attachment's bytes, for those who may see its request (no IDOR by attachment id). */
  public AttachmentDownload attachment(long attachmentId, String sourceIp) {
    Attachment a = em.find(Attachment.class, attachmentId);
    if (a == null) {
      throw new BusinessException("request.notFound", attachmentId);
    }
    visible(a.request().id(), sourceIp);
    return new AttachmentDownload(a.filename(), a.contentType(), a.content());
  }

  /** Steps waiting for the caller's roles (or assigned to the caller), oldest due first. */
  public List<WorkItem> workQueue(int first, int size) {
    return workQueue(ListQuery.sortedBy(WorkQueueSort.DUE, true), first, size);
  }

  public long countWorkQueue() {
    return countWorkQueue(ListQuery.sortedBy(WorkQueueSort.DUE, true));
  }

  /** One page of the work queue that matches the search and filters, in the chosen order. */
  public List<WorkItem> workQueue(ListQuery<WorkQueueSort> query, ListPage page) {
    return workQueue(query, page.first(), page.size());
  }

  public long countWorkQueue(ListQuery<WorkQueueSort> query) {
    return WorkQueue.count(em, me(), workingRoles(), query, clock.instant());
  }

  private List<WorkItem> workQueue(ListQuery<WorkQueueSort> query, int first, int size) {
    var now = clock.instant();
    return WorkQueue.page(em, me(), workingRoles(), query, now, first, size).stream()
        .map(row -> row.withTimeLeft(calendar.calendar(), now))
        .toList();
  }

  private ServiceRequest visible(long id, String sourceIp) {
    // version and service load lazily: two small look-ups for one page, not per row
    ServiceRequest r = em.find(ServiceRequest.class, id);
    if (r == null || !Visibility.maySee(me(), CallerRoles.of(session), r.requester())) {
      audit.refused(
          sourceIp, Fact.of("REQUEST_VIEW", id, "request " + id).detail("request.notVisible"));
      throw new BusinessException("request.notVisible");
    }
    return r;
  }

  /** Own roles and today's acting roles. */
  private Set<Role> workingRoles() {
    Actor who = Callers.actor(session, em, clock.instant());
    Set<Role> roles = EnumSet.noneOf(Role.class);
    roles.addAll(who.roles());
    roles.addAll(who.actingRoles());
    return roles;
  }

  private String me() {
    return session.getCallerPrincipal().getName();
  }
}
