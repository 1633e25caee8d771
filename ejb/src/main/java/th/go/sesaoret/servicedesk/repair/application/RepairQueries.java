package th.go.sesaoret.servicedesk.repair.application;

import static th.go.sesaoret.servicedesk.security.domain.Role.ADMIN_NAME;
import static th.go.sesaoret.servicedesk.security.domain.Role.CLERK_NAME;
import static th.go.sesaoret.servicedesk.security.domain.Role.DEPUTY_DIRECTOR_NAME;
import static th.go.sesaoret.servicedesk.security.domain.Role.DIRECTOR_NAME;
import static th.go.sesaoret.servicedesk.security.domain.Role.GROUP_DIRECTOR_NAME;
import static th.go.sesaoret.servicedesk.security.domain.Role.REQUESTER_NAME;
import static th.go.sesaoret.servicedesk.security.domain.Role.STAFF_NAME;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import th.go.sesaoret.servicedesk.notification.domain.NoticeText;
import th.go.sesaoret.servicedesk.repair.domain.RepairActions;
import th.go.sesaoret.servicedesk.repair.domain.RepairJob;
import th.go.sesaoret.servicedesk.request.application.ActingRoles;
import th.go.sesaoret.servicedesk.request.application.Callers;
import th.go.sesaoret.servicedesk.request.application.People;
import th.go.sesaoret.servicedesk.request.application.RequestAccess;
import th.go.sesaoret.servicedesk.request.application.RequestReads;
import th.go.sesaoret.servicedesk.request.domain.Actor;
import th.go.sesaoret.servicedesk.request.domain.Approval;
import th.go.sesaoret.servicedesk.request.domain.ApprovalDecision;
import th.go.sesaoret.servicedesk.request.domain.ServiceRequest;
import th.go.sesaoret.servicedesk.shared.list.ListPage;
import th.go.sesaoret.servicedesk.shared.list.ListQuery;

/**
 * What the repair screens show: one repair and its paper form (for those who may see its request,
 * {@link RequestAccess}), the technician's queue and the equipment history of a durable-goods
 * number (projections paged by the database, {@link RepairReads}). It authorises and assembles.
 */
@Stateless
@RolesAllowed({
  REQUESTER_NAME,
  CLERK_NAME,
  STAFF_NAME,
  GROUP_DIRECTOR_NAME,
  DEPUTY_DIRECTOR_NAME,
  DIRECTOR_NAME,
  ADMIN_NAME
})
public class RepairQueries {
  @Inject private ActingRoles acting;
  @Inject private Clock clock;
  @Resource private SessionContext session;
  @Inject private RepairReads reads;
  @Inject private RequestReads requests;
  @Inject private RequestAccess access;

  /** One repair, for those who may see its request (refused and audited otherwise). */
  public RepairView job(long requestId, Locale locale, String sourceIp) {
    Actor who = Callers.actor(session, acting, clock.instant());
    // the visibility check, the job, its request and work log in one statement
    RepairJob job =
        reads
            .visibleJob(requestId, who)
            .orElseThrow(() -> access.refused(requestId, "REPAIR_VIEW", sourceIp));
    return RepairViews.of(job, names(RepairViews.people(job)), RepairActions.of(job, who));
  }

  /** The paper repair form of one repair, for those who may see its request. */
  public RepairSheet sheet(long requestId, String sourceIp) {
    RepairJob job =
        visibleJob(
            requestId, Callers.actor(session, acting, clock.instant()), "REPAIR_PRINT", sourceIp);
    ServiceRequest r = job.request();
    Approval approval =
        r.approvals().stream()
            .filter(a -> !a.isVoid() && a.step().key().equals(RepairJob.APPROVAL))
            .filter(a -> a.decision() == ApprovalDecision.APPROVED)
            .reduce((first, later) -> later)
            .orElse(null);
    Set<String> users = new HashSet<>();
    users.add(r.requester());
    for (String u :
        new String[] {
          r.filedBy(),
          job.intake().receivedBy(),
          job.ordered().technician(),
          approval == null ? null : approval.approver()
        }) {
      if (u != null) {
        users.add(u);
      }
    }
    return RepairSheets.of(
        job, approval, names(users), NoticeText.link(NoticeText.baseUrl(), r.id()));
  }

  /** The technician's queue: their repairs at steps 4-5, and vendor jobs free to take. */
  @RolesAllowed(STAFF_NAME)
  public List<TechnicianJobRow> myJobs(int first, int size) {
    return myJobs(ListQuery.sortedBy(TechnicianJobSort.DUE, true), first, size);
  }

  @RolesAllowed(STAFF_NAME)
  public long countMyJobs() {
    return countMyJobs(ListQuery.sortedBy(TechnicianJobSort.DUE, true));
  }

  /** One page of the technician's queue that matches the search and filters, in that order. */
  @RolesAllowed(STAFF_NAME)
  public List<TechnicianJobRow> myJobs(ListQuery<TechnicianJobSort> query, ListPage page) {
    return myJobs(query, page.first(), page.size());
  }

  @RolesAllowed(STAFF_NAME)
  public long countMyJobs(ListQuery<TechnicianJobSort> query) {
    var now = clock.instant();
    return reads.countMyJobs(Callers.actor(session, acting, now), query, now);
  }

  private List<TechnicianJobRow> myJobs(ListQuery<TechnicianJobSort> query, int first, int size) {
    var now = clock.instant();
    return reads.myJobs(Callers.actor(session, acting, now), query, now, first, size);
  }

  /** Every repair of one durable-goods number, newest first (office roles). */
  @RolesAllowed({
    CLERK_NAME,
    STAFF_NAME,
    GROUP_DIRECTOR_NAME,
    DEPUTY_DIRECTOR_NAME,
    DIRECTOR_NAME,
    ADMIN_NAME
  })
  public List<EquipmentRepairRow> history(String assetNumber, int first, int size) {
    return reads.history(Callers.actor(session, acting, clock.instant()), assetNumber, first, size);
  }

  @RolesAllowed({
    CLERK_NAME,
    STAFF_NAME,
    GROUP_DIRECTOR_NAME,
    DEPUTY_DIRECTOR_NAME,
    DIRECTOR_NAME,
    ADMIN_NAME
  })
  public long countHistory(String assetNumber) {
    return reads.countHistory(Callers.actor(session, acting, clock.instant()), assetNumber);
  }

  /** The repair of a request the viewer may see; refused alike when it is none (one check). */
  private RepairJob visibleJob(long requestId, Actor who, String action, String sourceIp) {
    access.visible(requestId, who, action, sourceIp);
    return reads.job(requestId).orElseThrow(() -> access.refused(requestId, action, sourceIp));
  }

  private Map<String, String> names(Set<String> usernames) {
    People people = requests.people(usernames);
    Map<String, String> out = new HashMap<>();
    usernames.forEach(u -> out.put(u, people.fullName(u)));
    return out;
  }
}
