package th.go.sesaoret.servicedesk.request.application;

import static th.go.sesaoret.servicedesk.security.domain.Role.CLERK_NAME;
import static th.go.sesaoret.servicedesk.security.domain.Role.REQUESTER_NAME;
import static th.go.sesaoret.servicedesk.security.domain.Role.STAFF_NAME;

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
import java.util.function.Supplier;
import th.go.sesaoret.servicedesk.attachment.domain.AttachmentPolicy;
import th.go.sesaoret.servicedesk.attachment.domain.CheckedFile;
import th.go.sesaoret.servicedesk.attachment.domain.Upload;
import th.go.sesaoret.servicedesk.audit.application.AuditTrail;
import th.go.sesaoret.servicedesk.audit.domain.AuditEntry.Fact;
import th.go.sesaoret.servicedesk.catalog.application.ServiceCatalog;
import th.go.sesaoret.servicedesk.catalog.domain.ServiceCode;
import th.go.sesaoret.servicedesk.catalog.domain.ServiceVersion;
import th.go.sesaoret.servicedesk.notification.domain.RequestNotice;
import th.go.sesaoret.servicedesk.request.domain.Attachment;
import th.go.sesaoret.servicedesk.request.domain.Content;
import th.go.sesaoret.servicedesk.request.domain.FinishedStep;
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
  @Inject private Event<FinishedStepsChanged> finished;
  @Inject private ServicePlugins plugins;

  @RolesAllowed(REQUESTER_NAME)
  public RequestState submit(
      ServiceCode service,
      String title,
      String description,
      List<Upload> attachments,
      String sourceIp) {
    AttachmentPolicy policy = requireGeneralForm(service, sourceIp);
    return file(
        caller(),
        null,
        service,
        () -> content(title, description, attachments, policy),
        null,
        sourceIp,
        filed -> {});
  }

  /** The clerk files for a walk-in requester, who must have an account. */
  @RolesAllowed(CLERK_NAME)
  public RequestState submitFor(
      String requesterUsername,
      ServiceCode service,
      String title,
      String description,
      List<Upload> attachments,
      String sourceIp) {
    AttachmentPolicy policy = requireGeneralForm(service, sourceIp);
    String requester = walkIn(requesterUsername, service, sourceIp);
    return file(
        requester,
        caller(),
        service,
        () -> content(title, description, attachments, policy),
        null,
        sourceIp,
        filed -> {});
  }

  /** What a service adds to a request it files, in the same transaction (its own form's part). */
  public interface Details {
    void add(ServiceRequest filed);
  }

  /**
   * Files a request whose service keeps its own details: by the requester, or by the clerk for
   * {@code walkInRequester} (then the caller must be the clerk, or DLICT staff where the service
   * lets them: {@link ServicePlugin#staffMayFileFor}). {@code content} is called inside the filing,
   * so its refusals are audited like the others.
   */
  @RolesAllowed({REQUESTER_NAME, CLERK_NAME, STAFF_NAME})
  public RequestState fileWith(
      String walkInRequester,
      ServiceCode service,
      Supplier<Content> content,
      String sourceIp,
      Details details) {
    return fileWith(walkInRequester, service, content, null, sourceIp, details);
  }

  /**
   * As {@link #fileWith(String, ServiceCode, Supplier, String, Details)}, for content prepared
   * since {@code preparedSince} (a draft saved then): the first step, preparing the content, ran
   * from then ({@link ServiceRequest#file(ServiceVersion, String, String, String, Content, Instant,
   * Instant, th.go.sesaoret.servicedesk.sla.domain.BusinessCalendar)}).
   */
  @RolesAllowed({REQUESTER_NAME, CLERK_NAME, STAFF_NAME})
  public RequestState fileWith(
      String walkInRequester,
      ServiceCode service,
      Supplier<Content> content,
      Instant preparedSince,
      String sourceIp,
      Details details) {
    if (walkInRequester == null) {
      if (!session.isCallerInRole(REQUESTER_NAME)) {
        audit.refused(sourceIp, fact(service).detail("request.submit.notRequester"));
        throw new BusinessException("request.submit.notRequester");
      }
      return file(caller(), null, service, content, preparedSince, sourceIp, details);
    }
    if (!session.isCallerInRole(CLERK_NAME)
        && !(session.isCallerInRole(STAFF_NAME) && plugins.of(service).staffMayFileFor())) {
      audit.refused(sourceIp, fact(service).detail("request.submitFor.clerkOnly"));
      throw new BusinessException("request.submitFor.clerkOnly");
    }
    String requester = walkIn(walkInRequester, service, sourceIp);
    return file(requester, caller(), service, content, preparedSince, sourceIp, details);
  }

  /** The content checked against {@code policy}: count first, then each file by its content. */
  public static Content content(
      String title, String description, List<Upload> attachments, AttachmentPolicy policy) {
    var files = attachments == null ? List.<Upload>of() : attachments;
    policy.checkCount(files.size());
    return new Content(
        title, description, files.stream().map(f -> attachment(f.checkedBy(policy))).toList());
  }

  private static Attachment attachment(CheckedFile file) {
    return new Attachment(file.name(), file.contentType(), file.content());
  }

  /**
   * A service with a form of its own ({@link ServicePlugin#ownForm}) is not filed on the general
   * form; the others' attachments are checked against their policy.
   */
  private AttachmentPolicy requireGeneralForm(ServiceCode service, String sourceIp) {
    ServicePlugin plugin = plugins.of(service);
    if (plugin.ownForm()) {
      audit.refused(sourceIp, fact(service).detail("request.service.ownForm"));
      throw new BusinessException("request.service.ownForm");
    }
    return plugin.attachments();
  }

  private String walkIn(String requesterUsername, ServiceCode service, String sourceIp) {
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
    return requester;
  }

  private RequestState file(
      String requester,
      String filedBy,
      ServiceCode service,
      Supplier<Content> contentOf,
      Instant preparedSince,
      String ip,
      Details details) {
    try {
      Content content = contentOf.get();
      ServiceVersion version = catalog.currentVersion(service);
      Instant now = clock.instant();
      String number = numbering.next(version.service(), now);
      ServiceRequest r =
          ServiceRequest.file(
              version,
              number,
              requester,
              filedBy,
              content,
              now,
              preparedSince,
              calendar.calendar());
      em.persist(r);
      details.add(r);
      em.flush();
      FinishedStepsChanged.between(r.id(), List.of(), FinishedStep.of(r)).ifPresent(finished::fire);
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
