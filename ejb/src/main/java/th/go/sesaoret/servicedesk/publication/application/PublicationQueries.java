package th.go.sesaoret.servicedesk.publication.application;

import static th.go.sesaoret.servicedesk.security.domain.Role.ADMIN_NAME;
import static th.go.sesaoret.servicedesk.security.domain.Role.CLERK_NAME;
import static th.go.sesaoret.servicedesk.security.domain.Role.DEPUTY_DIRECTOR_NAME;
import static th.go.sesaoret.servicedesk.security.domain.Role.DIRECTOR_NAME;
import static th.go.sesaoret.servicedesk.security.domain.Role.GROUP_DIRECTOR_NAME;
import static th.go.sesaoret.servicedesk.security.domain.Role.REQUESTER_NAME;
import static th.go.sesaoret.servicedesk.security.domain.Role.STAFF_NAME;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.util.Set;
import th.go.sesaoret.servicedesk.audit.application.AuditTrail;
import th.go.sesaoret.servicedesk.audit.domain.AuditEntry.Fact;
import th.go.sesaoret.servicedesk.publication.domain.PersonalData;
import th.go.sesaoret.servicedesk.publication.domain.Publication;
import th.go.sesaoret.servicedesk.publication.domain.PublicationFile;
import th.go.sesaoret.servicedesk.request.application.ActingRoles;
import th.go.sesaoret.servicedesk.request.application.Callers;
import th.go.sesaoret.servicedesk.request.application.RequestAccess;
import th.go.sesaoret.servicedesk.request.application.RequestReads;
import th.go.sesaoret.servicedesk.request.domain.Actor;
import th.go.sesaoret.servicedesk.request.domain.RequestStatus;
import th.go.sesaoret.servicedesk.request.domain.ServiceRequest;
import th.go.sesaoret.servicedesk.request.domain.StepActing;
import th.go.sesaoret.servicedesk.shared.BusinessException;
import th.go.sesaoret.servicedesk.sla.application.WorkingCalendar;

/**
 * What the request side's screens read of a post: its reading view on the request page (for those
 * who may see the request, {@link RequestAccess}) and one of its files (for those who may see its
 * request, or, while it is a draft, for whoever writes it). Anyone else gets the same refusal
 * whether the post exists or not.
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
public class PublicationQueries {
  @PersistenceContext private EntityManager em;
  @Inject private ActingRoles acting;
  @Inject private Clock clock;
  @Resource private SessionContext session;
  @Inject private RequestAccess access;
  @Inject private RequestReads requests;
  @EJB private WorkingCalendar calendar;
  @EJB private AuditTrail audit;

  /** The post of request {@code requestId} as its page shows it; null for a request without one. */
  public PostReading reading(long requestId, String sourceIp) {
    Instant now = clock.instant();
    Actor who = Callers.actor(session, acting, now);
    ServiceRequest r = access.visible(requestId, who, "PUBLICATION_VIEW", sourceIp);
    Publication p =
        em.createQuery("select p from Publication p where p.request = :r", Publication.class)
            .setParameter("r", r)
            .getResultStream()
            .findFirst()
            .orElse(null);
    if (p == null) {
      return null;
    }
    String approver = p.release().approvedBy();
    String approverName =
        approver == null ? null : requests.people(Set.of(approver)).fullName(approver);
    PersonalData pd = p.personalData();
    return new PostReading(
        p.id(),
        r.id(),
        p.category(),
        p.titleTh(),
        p.titleEn(),
        p.summary(),
        p.bodyHtml(),
        p.wantedAt(),
        p.expiresAt(),
        p.proposeTo(),
        pd.studentNames(),
        pd.faces(),
        pd.idNumbers(),
        pd.consent(),
        PublicationDrafts.files(p),
        p.coverFileId(),
        p.digest(),
        p.isAsApproved(),
        approverName,
        p.release().approvedAt(),
        p.release().verificationCode(),
        mayApprove(r, who, now),
        r.status() == RequestStatus.RETURNED && r.isRequester(who.username()));
  }

  private boolean mayApprove(ServiceRequest r, Actor who, Instant now) {
    var step =
        r.currentStep()
            .filter(
                s ->
                    s.key().equals(PublicationService.PROPOSE)
                        || s.key().equals(PublicationService.SIGN));
    if (step.isEmpty() || r.status() != RequestStatus.OPEN) {
      return false;
    }
    try {
      StepActing.on(r, calendar.calendar(), now).mayAct(step.get().order(), who);
      return true;
    } catch (BusinessException e) {
      return false;
    }
  }

  /** File {@code fileId} of post {@code postId}, for whoever may read the post. */
  public PostFileDownload file(long postId, long fileId, String sourceIp) {
    Publication p = em.find(Publication.class, postId);
    Actor who = Callers.actor(session, acting, clock.instant());
    if (p == null) {
      throw refused(postId, sourceIp);
    }
    if (p.isDraft()) {
      if (!p.isWrittenBy(who.username())) {
        throw refused(postId, sourceIp);
      }
    } else {
      access.visible(p.request().id(), who, "PUBLICATION_VIEW", sourceIp);
    }
    PublicationFile f = p.file(fileId).orElseThrow(() -> refused(postId, sourceIp));
    return new PostFileDownload(f.name(), f.contentType(), f.content());
  }

  private BusinessException refused(long postId, String sourceIp) {
    audit.refused(
        sourceIp, Fact.of("PUBLICATION_VIEW", null, "post " + postId).detail("request.notVisible"));
    return new BusinessException("request.notVisible");
  }
}
