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
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import th.go.sesaoret.servicedesk.request.domain.Actor;
import th.go.sesaoret.servicedesk.request.domain.Attachment;
import th.go.sesaoret.servicedesk.request.domain.ContentDigest;
import th.go.sesaoret.servicedesk.request.domain.RequestStatus;
import th.go.sesaoret.servicedesk.request.domain.ServiceRequest;
import th.go.sesaoret.servicedesk.request.domain.StepActing;
import th.go.sesaoret.servicedesk.security.domain.Role;
import th.go.sesaoret.servicedesk.shared.BusinessException;
import th.go.sesaoret.servicedesk.shared.list.ListPage;
import th.go.sesaoret.servicedesk.shared.list.ListQuery;
import th.go.sesaoret.servicedesk.sla.application.WorkingCalendar;

/**
 * What the screens read: "My requests", a request's page with its timeline, the work queue of the
 * caller's roles, attachment downloads. It authorises, audits and assembles; the queries are the
 * ports {@link RequestLists} (projections paged by the database) and {@link RequestReads}. A
 * request the caller may not see is refused with {@code request.notVisible} and an audit entry
 * ({@link RequestAccess}).
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
  private static final String VIEW = "REQUEST_VIEW";

  @Inject private ActingRoles acting;
  @Inject private Clock clock;
  @Resource private SessionContext session;
  @EJB private WorkingCalendar calendar;
  @Inject private ServicePlugins plugins;
  @Inject private RequestLists lists;
  @Inject private RequestReads reads;
  @Inject private RequestAccess access;

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
    return lists.countMyRequests(me(), query, clock.instant());
  }

  private List<MyRequestRow> myRequests(ListQuery<MyRequestSort> query, int first, int size) {
    return lists.myRequests(me(), query, clock.instant(), first, size);
  }

  /**
   * How many of the caller's own requests wait for them now: a step of theirs is running (e.g. a
   * publication's content check) or the request came back for correction.
   */
  public long countWaitingForMe() {
    return lists.countWaitingForMe(me());
  }

  /**
   * A request's page in the given language; a fixed number of statements whatever its size. It says
   * what the caller may do now, by the rules the actions enforce ({@link StepActing#allowed}).
   */
  public RequestDetail request(long id, Locale locale, String sourceIp) {
    var now = clock.instant();
    Actor who = Callers.actor(session, acting, now);
    // the request, its version, service and steps in one statement; then its files, signatures
    // and the people they name: five statements whatever the request's size
    ServiceRequest r = access.visibleWithSteps(id, who, VIEW, sourceIp);
    List<AttachmentInfo> files = reads.attachments(id);
    // what an approver signs (ServiceRequest#contentSha256): the files, then the service's own part
    List<String> parts = new ArrayList<>(files.stream().map(AttachmentInfo::sha256).toList());
    if (r.serviceSha256() != null) {
      parts.add(r.serviceSha256());
    }
    String digest = ContentDigest.of(r.title(), r.description(), parts);
    var steps = r.steps();
    var approvals = reads.approvals(id);
    List<String> named = new ArrayList<>(Timelines.usernames(steps, approvals));
    named.add(r.requester());
    named.add(r.filedBy());
    People people = reads.people(named);
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
    Attachment a =
        reads
            .attachment(attachmentId)
            .orElseThrow(() -> new BusinessException("request.notFound", attachmentId));
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
    var now = clock.instant();
    return lists.countWorkQueue(Callers.actor(session, acting, now), query, now);
  }

  private List<WorkItem> workQueue(ListQuery<WorkQueueSort> query, int first, int size) {
    var now = clock.instant();
    return lists.workQueue(Callers.actor(session, acting, now), query, now, first, size).stream()
        .map(row -> row.withTimeLeft(calendar.calendar(), now))
        .toList();
  }

  private ServiceRequest visible(long id, String sourceIp) {
    return access.visible(id, Callers.actor(session, acting, clock.instant()), VIEW, sourceIp);
  }

  private String me() {
    return session.getCallerPrincipal().getName();
  }
}
