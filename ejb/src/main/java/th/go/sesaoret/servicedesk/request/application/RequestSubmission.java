package th.go.sesaoret.servicedesk.request.application;

import static th.go.sesaoret.servicedesk.security.domain.Role.CLERK_NAME;
import static th.go.sesaoret.servicedesk.security.domain.Role.REQUESTER_NAME;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import th.go.sesaoret.servicedesk.audit.application.AuditTrail;
import th.go.sesaoret.servicedesk.audit.domain.AuditEntry.Fact;
import th.go.sesaoret.servicedesk.catalog.application.ServiceCatalog;
import th.go.sesaoret.servicedesk.catalog.domain.ServiceCode;
import th.go.sesaoret.servicedesk.catalog.domain.ServiceVersion;
import th.go.sesaoret.servicedesk.notification.application.RequestNotice;
import th.go.sesaoret.servicedesk.request.domain.AttachmentPolicy;
import th.go.sesaoret.servicedesk.request.domain.Content;
import th.go.sesaoret.servicedesk.request.domain.ServiceRequest;
import th.go.sesaoret.servicedesk.security.domain.Person;
import th.go.sesaoret.servicedesk.shared.BusinessException;
import th.go.sesaoret.servicedesk.sla.application.WorkingCalendar;

/** Files requests on the current catalog version: by the requester, or by the clerk for them. */
@Stateless
public class RequestSubmission {
  @PersistenceContext private EntityManager em;
  @Inject private Clock clock;
  @Resource private SessionContext session;
  @EJB private ServiceCatalog catalog;
  @EJB private RequestNumbering numbering;
  @EJB private WorkingCalendar calendar;
  @EJB private AuditTrail audit;
  @Inject private Event<RequestNotice> notices;

  @RolesAllowed(REQUESTER_NAME)
  public RequestState submit(
      ServiceCode service,
      String title,
      String description,
      List<NewAttachment> attachments,
      String sourceIp) {
    return file(caller(), null, service, title, description, attachments, sourceIp);
  }

  /** The clerk files for a walk-in requester, who must have an account. */
  @RolesAllowed(CLERK_NAME)
  public RequestState submitFor(
      String requesterUsername,
      ServiceCode service,
      String title,
      String description,
      List<NewAttachment> attachments,
      String sourceIp) {
    String requester = Person.normalizeUsername(requesterUsername);
    long known =
        em.createQuery(
                "select count(p) from Person p where p.username = :u and p.active = true",
                Long.class)
            .setParameter("u", requester)
            .getSingleResult();
    if (known == 0) {
      audit.refused(sourceIp, fact(service).detail("request.requester.unknown " + requester));
      throw new BusinessException("request.requester.unknown", requester);
    }
    return file(requester, caller(), service, title, description, attachments, sourceIp);
  }

  private RequestState file(
      String requester,
      String filedBy,
      ServiceCode service,
      String title,
      String description,
      List<NewAttachment> attachments,
      String ip) {
    try {
      var files = attachments == null ? List.<NewAttachment>of() : attachments;
      AttachmentPolicy.DOCUMENTS.checkCount(files.size());
      var checked = files.stream().map(f -> f.toAttachment(AttachmentPolicy.DOCUMENTS)).toList();
      Content content = new Content(title, description, checked);
      ServiceVersion version = catalog.currentVersion(service);
      Instant now = clock.instant();
      String number = numbering.next(version.service(), now);
      ServiceRequest r =
          ServiceRequest.file(
              version, number, requester, filedBy, content, now, calendar.calendar());
      em.persist(r);
      em.flush();
      audit.record(ip, new Fact("REQUEST_SUBMIT", r.id(), number, null, r.state(), requester));
      Notices.next(r).forEach(notices::fire);
      return RequestState.of(r);
    } catch (BusinessException e) {
      audit.refused(ip, fact(service).detail(e.key()));
      throw e;
    }
  }

  private static Fact fact(ServiceCode service) {
    return Fact.of("REQUEST_SUBMIT", null, String.valueOf(service));
  }

  private String caller() {
    return session.getCallerPrincipal().getName();
  }
}
