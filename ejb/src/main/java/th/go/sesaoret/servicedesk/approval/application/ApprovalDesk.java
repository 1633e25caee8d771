package th.go.sesaoret.servicedesk.approval.application;

import static th.go.sesaoret.servicedesk.security.domain.Role.CLERK_NAME;
import static th.go.sesaoret.servicedesk.security.domain.Role.DEPUTY_DIRECTOR_NAME;
import static th.go.sesaoret.servicedesk.security.domain.Role.DIRECTOR_NAME;
import static th.go.sesaoret.servicedesk.security.domain.Role.GROUP_DIRECTOR_NAME;
import static th.go.sesaoret.servicedesk.security.domain.Role.STAFF_NAME;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.EJBException;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import th.go.sesaoret.servicedesk.approval.domain.ApprovalAuditAction;
import th.go.sesaoret.servicedesk.approval.domain.BatchResult;
import th.go.sesaoret.servicedesk.audit.application.AuditTrail;
import th.go.sesaoret.servicedesk.audit.domain.AuditEntry.Fact;
import th.go.sesaoret.servicedesk.catalog.domain.ServiceCode;
import th.go.sesaoret.servicedesk.request.application.ActingRoles;
import th.go.sesaoret.servicedesk.request.application.AttachmentInfo;
import th.go.sesaoret.servicedesk.request.application.Callers;
import th.go.sesaoret.servicedesk.request.application.RequestReads;
import th.go.sesaoret.servicedesk.request.application.Signatures;
import th.go.sesaoret.servicedesk.request.application.Signer;
import th.go.sesaoret.servicedesk.request.domain.Actor;
import th.go.sesaoret.servicedesk.request.domain.ContentDigest;
import th.go.sesaoret.servicedesk.request.domain.ServiceRequest;
import th.go.sesaoret.servicedesk.security.domain.Role;
import th.go.sesaoret.servicedesk.shared.BusinessException;
import th.go.sesaoret.servicedesk.shared.list.ListPage;
import th.go.sesaoret.servicedesk.shared.list.ListQuery;
import th.go.sesaoret.servicedesk.sla.application.WorkingCalendar;

/**
 * The approval desk of the deputy director, the director, the ICT group director and whoever acts
 * for them (รักษาราชการแทน): every approval step waiting for the caller across the services, oldest
 * due first; the items chosen shown one by one with their content hash; then signed with one
 * password entry, each in its own transaction ({@link ApprovalSigning}), reported item by item.
 */
@Stateless
// acting officials hold other roles of their own; the steps' rules decide who may sign
@RolesAllowed({GROUP_DIRECTOR_NAME, DIRECTOR_NAME, DEPUTY_DIRECTOR_NAME, CLERK_NAME, STAFF_NAME})
public class ApprovalDesk {
  /** At most this many items are signed at once (what a desk's page shows). */
  public static final int BATCH_MAX = 20;

  @PersistenceContext private EntityManager em;
  @Inject private ActingRoles acting;
  @Inject private Clock clock;
  @Resource private SessionContext session;
  @EJB private WorkingCalendar calendar;
  @EJB private Signatures signatures;
  @EJB private ApprovalSigning signing;
  @EJB private AuditTrail audit;
  @Inject private DeskLists lists;
  @Inject private RequestReads reads;
  @Inject @Any private Instance<DeskApprover> approvers;

  /** The approval roles {@code who} may act as, by own role or as an acting official today. */
  public static Set<Role> approvalRoles(Actor who) {
    Set<Role> roles = EnumSet.noneOf(Role.class);
    for (Role role : Actor.approvalRoles()) {
      if (who.mayActAs(role)) {
        roles.add(role);
      }
    }
    return roles;
  }

  /** True when the caller decides approvals today (the menu shows the desk). */
  public boolean opens() {
    return !approvalRoles(actor()).isEmpty();
  }

  public List<DeskItem> waiting(ListQuery<DeskSort> query, ListPage page) {
    var now = clock.instant();
    Actor who = Callers.actor(session, acting, now);
    Set<Role> roles = approvalRoles(who);
    if (roles.isEmpty()) {
      return List.of();
    }
    var cal = calendar.calendar();
    return lists.waiting(who, roles, query, page.first(), page.size()).stream()
        .map(row -> row.at(cal, now))
        .toList();
  }

  public long countWaiting(ListQuery<DeskSort> query) {
    Actor who = actor();
    Set<Role> roles = approvalRoles(who);
    return roles.isEmpty() ? 0 : lists.countWaiting(who, roles, query);
  }

  /**
   * The chosen items as they are now, oldest due first, each with its content's hash and its
   * service's order options: what the signer sees before signing. Items no longer on the caller's
   * desk are left out.
   */
  public List<DeskConfirmation> confirm(List<Long> stepIds) {
    Set<Long> ids = new LinkedHashSet<>(stepIds);
    if (ids.isEmpty() || ids.size() > BATCH_MAX) {
      throw new BusinessException("approval.desk.selection", BATCH_MAX);
    }
    Actor who = actor();
    Set<Role> roles = approvalRoles(who);
    if (roles.isEmpty()) {
      return List.of();
    }
    List<DeskConfirmation> out = new ArrayList<>();
    // oldest due first, as the desk lists them
    for (DeskRow row : lists.onDesk(who, roles, ids)) {
      String sha = contentSha256(row.requestId());
      List<DeskChoice> choices =
          approver(row.service()).map(a -> a.choices(row.requestId())).orElse(List.of());
      out.add(
          new DeskConfirmation(
              row.stepId(),
              row.requestId(),
              row.number(),
              row.service(),
              row.title(),
              row.requesterName(),
              sha,
              ContentDigest.verificationCode(sha),
              choices));
    }
    return out;
  }

  /**
   * Signs {@code items} with one password entry: a wrong password signs nothing; otherwise each
   * item is signed in its own transaction, and one refused (content changed since it was shown,
   * taken by someone else) leaves the others signed.
   */
  @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
  public BatchResult sign(List<DeskSignature> items, char[] password, String comment, String ip) {
    if (items.isEmpty() || items.size() > BATCH_MAX) {
      throw new BusinessException("approval.desk.selection", BATCH_MAX);
    }
    Actor who = actor();
    Signer signer;
    try {
      signer = signatures.signer(who.username(), password);
    } catch (BusinessException e) {
      audit.refused(
          ip,
          Fact.of(ApprovalAuditAction.APPROVAL_BATCH_SIGN.name(), null, items.size() + " items")
              .detail(e.key()));
      throw e;
    }
    List<BatchResult.Item> results = new ArrayList<>();
    for (DeskSignature item : items) {
      results.add(signOne(item, signer, comment, ip));
    }
    return new BatchResult(results);
  }

  private BatchResult.Item signOne(DeskSignature item, Signer signer, String comment, String ip) {
    try {
      ApprovalSigning.Signed signed = signing.sign(item, signer, comment, ip);
      return BatchResult.Item.signed(item.stepId(), signed.number(), signed.verificationCode());
    } catch (BusinessException e) {
      return refused(item, e);
    } catch (EJBException e) {
      if (e.getCause() instanceof BusinessException b) {
        return refused(item, b);
      }
      // a lost race or a failure of this item only: the others are signed or tried still
      return BatchResult.Item.refused(item.stepId(), null, "request.concurrent", List.of());
    }
  }

  private static BatchResult.Item refused(DeskSignature item, BusinessException e) {
    List<String> args = new ArrayList<>();
    for (Object arg : e.args()) {
      args.add(String.valueOf(arg));
    }
    return BatchResult.Item.refused(item.stepId(), null, e.key(), args);
  }

  private Optional<DeskApprover> approver(ServiceCode code) {
    return approvers.stream().filter(a -> a.service().equals(code)).findFirst();
  }

  /** The request's content hash as the approval will record it, from projections. */
  private String contentSha256(long requestId) {
    ServiceRequest r = em.find(ServiceRequest.class, requestId);
    List<String> parts =
        new ArrayList<>(reads.attachments(requestId).stream().map(AttachmentInfo::sha256).toList());
    if (r.serviceSha256() != null) {
      parts.add(r.serviceSha256());
    }
    return ContentDigest.of(r.title(), r.description(), parts);
  }

  private Actor actor() {
    return Callers.actor(session, acting, clock.instant());
  }
}
