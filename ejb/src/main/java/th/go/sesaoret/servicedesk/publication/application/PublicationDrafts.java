package th.go.sesaoret.servicedesk.publication.application;

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
import th.go.sesaoret.servicedesk.attachment.domain.CheckedFile;
import th.go.sesaoret.servicedesk.attachment.domain.Upload;
import th.go.sesaoret.servicedesk.audit.application.AuditTrail;
import th.go.sesaoret.servicedesk.audit.domain.AuditEntry.Fact;
import th.go.sesaoret.servicedesk.catalog.domain.ServiceCode;
import th.go.sesaoret.servicedesk.notification.domain.RequestNotice;
import th.go.sesaoret.servicedesk.publication.domain.PostContent;
import th.go.sesaoret.servicedesk.publication.domain.PostHtml;
import th.go.sesaoret.servicedesk.publication.domain.PostRules;
import th.go.sesaoret.servicedesk.publication.domain.Publication;
import th.go.sesaoret.servicedesk.publication.domain.PublicationAttachments;
import th.go.sesaoret.servicedesk.publication.domain.PublicationFile;
import th.go.sesaoret.servicedesk.publication.domain.PublicationNotice;
import th.go.sesaoret.servicedesk.request.application.Notices;
import th.go.sesaoret.servicedesk.request.application.RequestState;
import th.go.sesaoret.servicedesk.request.application.RequestSubmission;
import th.go.sesaoret.servicedesk.request.application.RequestWork;
import th.go.sesaoret.servicedesk.request.domain.Content;
import th.go.sesaoret.servicedesk.request.domain.RequestStatus;
import th.go.sesaoret.servicedesk.request.domain.ServiceRequest;
import th.go.sesaoret.servicedesk.request.domain.StepInstance;
import th.go.sesaoret.servicedesk.security.domain.Person;
import th.go.sesaoret.servicedesk.security.domain.Role;
import th.go.sesaoret.servicedesk.shared.BusinessException;

/**
 * Steps 1-2 of the website publication: the requester's draft (saved and come back to, its files
 * checked by {@link PublicationAttachments#POLICY}, its body sanitised by {@link PostHtml}), the
 * clerk's draft for a walk-in requester (its owner that requester, filed by the clerk), the
 * submission that files the request (step 1 timed from the draft's creation), and the correction of
 * a post returned to its requester (a changed post voids the approvals of other content). A post
 * under consideration or approved is not edited here.
 */
@Stateless
@RolesAllowed({REQUESTER_NAME, CLERK_NAME})
public class PublicationDrafts {
  /** The longest request description made of a post's body when it has no summary. */
  static final int DESCRIPTION_FROM_BODY = 300;

  @PersistenceContext private EntityManager em;
  @Resource private SessionContext session;
  @Inject private Clock clock;
  @EJB private RequestSubmission submission;
  @EJB private RequestWork work;
  @EJB private AuditTrail audit;
  @Inject private Event<RequestNotice> notices;

  /**
   * Saves post {@code postId} (null: a new draft, the caller's, or {@code walkInOwner}'s when the
   * clerk writes it for them); returns its id and what its body lost to the sanitiser.
   */
  public DraftSaved save(Long postId, String walkInOwner, PostInput input, String ip) {
    Fact fact = Fact.of("PUBLICATION_DRAFT", null, postId == null ? "new" : "post " + postId);
    try {
      Instant now = clock.instant();
      Publication p = postId == null ? null : writable(postId);
      PostHtml body =
          PostHtml.sanitise(input.bodyHtml(), p == null ? java.util.Set.of() : p.fileIds());
      PostContent content =
          new PostContent(
              input.category(),
              strip(input.titleTh()),
              strip(input.titleEn()),
              strip(input.summary()),
              body.html(),
              input.wantedAt(),
              input.expiresAt());
      PostRules.checkDraft(content, input.bodyHtml());
      if (p == null) {
        p = Publication.draft(owner(walkInOwner), filer(walkInOwner), content, now);
        em.persist(p);
      } else {
        p.write(content, now);
      }
      p.personalData(input.personalData());
      p.proposeTo(input.proposeTo());
      p.cover(cover(p, input.coverFileId()));
      em.flush();
      audit.record(
          ip,
          Fact.of("PUBLICATION_DRAFT", requestId(p), "post " + p.id())
              .detail(
                  body.removed().isEmpty() ? null : "removed " + String.join(",", body.removed())));
      return new DraftSaved(p.id(), body.removed());
    } catch (BusinessException e) {
      audit.refused(ip, fact.detail(RequestWork.refusal(e)));
      throw e;
    }
  }

  /** Adds a file, checked by its content, to a post being written; returns the file's id. */
  public long addFile(long postId, Upload upload, String ip) {
    Fact fact = Fact.of("PUBLICATION_FILE", null, "post " + postId);
    try {
      Publication p = writable(postId);
      PublicationAttachments.POLICY.checkCount(p.files().size() + 1);
      CheckedFile checked = upload.checkedBy(PublicationAttachments.POLICY);
      PublicationFile f = p.addFile(checked, clock.instant());
      em.persist(f);
      em.flush();
      audit.record(
          ip,
          Fact.of("PUBLICATION_FILE", requestId(p), "post " + postId)
              .detail(f.contentType() + " sha256=" + f.sha256()));
      return f.id();
    } catch (BusinessException e) {
      audit.refused(ip, fact.detail(RequestWork.refusal(e)));
      throw e;
    }
  }

  /** Takes a file off a post being written (its images in the body go at the next save). */
  public void removeFile(long postId, long fileId, String ip) {
    Fact fact = Fact.of("PUBLICATION_FILE_REMOVE", null, "post " + postId);
    try {
      Publication p = writable(postId);
      PublicationFile f = p.removeFile(fileId, clock.instant());
      em.remove(f);
      em.flush();
      audit.record(ip, fact.detail("file " + fileId));
    } catch (BusinessException e) {
      audit.refused(ip, fact.detail(RequestWork.refusal(e)));
      throw e;
    }
  }

  /**
   * Step 2: files the draft as its request (by its owner, or by the clerk for them), or resubmits a
   * post back with its requester: the post's digest becomes part of what the authoriser signs, and
   * a changed post voids approvals given on other content.
   */
  public RequestState submit(long postId, String ip) {
    Fact fact = Fact.of("PUBLICATION_SUBMIT", null, "post " + postId);
    Publication p;
    try {
      p = writable(postId);
      PostRules.checkSubmission(p);
    } catch (BusinessException e) {
      audit.refused(ip, fact.detail(RequestWork.refusal(e)));
      throw e;
    }
    if (!p.isDraft()) {
      return correct(p, ip);
    }
    String me = caller();
    String walkIn = me.equals(p.owner()) ? null : p.owner();
    Publication post = p;
    RequestState state =
        submission.fileWith(
            walkIn,
            ServiceCode.PUBLICATION,
            () -> new Content(post.titleTh(), description(post), List.of()),
            post.createdAt(),
            ip,
            r -> {
              post.filedAs(r);
              r.describeService(post.digest());
            });
    proposed(post.request());
    return state;
  }

  private RequestState correct(Publication p, String ip) {
    return work.onRequest(
        "PUBLICATION_CORRECT",
        p.request().id(),
        ip,
        (acting, order, who, out) -> {
          acting.serviceContentChanged(p.digest());
          StepInstance back = acting.resubmit(who, p.titleTh(), description(p));
          out.addAll(Notices.next(back.request()));
          if (back.key().equals(PublicationService.PROPOSE)) {
            out.addAll(toDirector(p, back));
          }
          return "post=" + p.digest() + " from step " + back.order() + " round " + back.round();
        });
  }

  /** The post proposed to the director: the director is told (the engine tells the deputies). */
  private void proposed(ServiceRequest r) {
    r.currentStep()
        .filter(s -> s.key().equals(PublicationService.PROPOSE))
        .ifPresent(
            s ->
                em.createQuery(
                        "select p from Publication p where p.request = :r", Publication.class)
                    .setParameter("r", r)
                    .getResultStream()
                    .findFirst()
                    .ifPresent(p -> toDirector(p, s).forEach(notices::fire)));
  }

  static List<RequestNotice> toDirector(Publication p, StepInstance step) {
    if (p.proposeTo() != Role.DIRECTOR) {
      return List.of();
    }
    ServiceRequest r = step.request();
    return List.of(
        RequestNotice.toRole(
            PublicationNotice.PUBLICATION_PROPOSED,
            r.id(),
            r.number(),
            step.order(),
            step.round(),
            Role.DIRECTOR));
  }

  /** The request's description: the summary, else the start of the body's text, else the title. */
  static String description(Publication p) {
    if (p.summary() != null) {
      return p.summary();
    }
    String text = p.bodyText() == null ? "" : p.bodyText().strip();
    if (text.isEmpty()) {
      return p.titleTh();
    }
    return text.length() <= DESCRIPTION_FROM_BODY
        ? text
        : text.substring(0, DESCRIPTION_FROM_BODY).strip() + "\u2026";
  }

  /** The caller's drafts (their own and those they wrote for someone), newest first. */
  public List<DraftRow> myDrafts(int first, int size) {
    return em.createQuery(
            "select new th.go.sesaoret.servicedesk.publication.application.DraftRow("
                + "p.id, p.titleTh, p.category, p.createdAt, p.updatedAt, p.owner)"
                + " from Publication p where p.request is null"
                + " and (p.owner = :me or p.filedBy = :me) order by p.updatedAt desc, p.id desc",
            DraftRow.class)
        .setParameter("me", caller())
        .setFirstResult(Math.max(0, first))
        .setMaxResults(Math.max(1, Math.min(size, 100)))
        .getResultList();
  }

  public long countMyDrafts() {
    return em.createQuery(
            "select count(p) from Publication p where p.request is null"
                + " and (p.owner = :me or p.filedBy = :me)",
            Long.class)
        .setParameter("me", caller())
        .getSingleResult();
  }

  /** A post for its form: a draft of the caller's, or their post back with them for correction. */
  public PostDraftView load(long postId) {
    return view(writable(postId));
  }

  /** The post of request {@code requestId}, back with its requester for correction. */
  public PostDraftView loadForCorrection(long requestId) {
    Publication p =
        em.createQuery("select p from Publication p where p.request.id = :r", Publication.class)
            .setParameter("r", requestId)
            .getResultStream()
            .findFirst()
            .orElseThrow(() -> new BusinessException("publication.form.notFound"));
    return view(writable(p.id()));
  }

  static PostDraftView view(Publication p) {
    var pd = p.personalData();
    PostInput input =
        new PostInput(
            p.category(),
            p.titleTh(),
            p.titleEn(),
            p.summary(),
            p.bodyHtml(),
            p.wantedAt(),
            p.expiresAt(),
            pd.studentNames(),
            pd.faces(),
            pd.idNumbers(),
            pd.consent(),
            p.proposeTo(),
            p.coverFileId());
    ServiceRequest r = p.request();
    return new PostDraftView(
        p.id(),
        r == null ? null : r.id(),
        r == null ? null : r.number(),
        p.owner(),
        input,
        files(p));
  }

  static List<PostFileRow> files(Publication p) {
    return p.files().stream()
        .map(f -> new PostFileRow(f.id(), f.name(), f.contentType(), f.size(), f.isImage()))
        .toList();
  }

  /**
   * The post if the caller may write it now: theirs (or written by them for someone), a draft or
   * back with its requester; the same refusal whether it exists or not; a post under consideration
   * or approved is refused with its own words.
   */
  private Publication writable(long postId) {
    Publication p = em.find(Publication.class, postId);
    String me = caller();
    if (p == null || !p.isWrittenBy(me)) {
      throw new BusinessException("publication.form.notFound");
    }
    if (p.isDraft()) {
      return p;
    }
    ServiceRequest r = p.request();
    if (r.status() == RequestStatus.RETURNED && r.isRequester(me)) {
      return p;
    }
    if (r.status().isFinished()) {
      throw new BusinessException("publication.form.finished", r.number());
    }
    if (p.approvedSha256() != null) {
      throw new BusinessException("publication.form.approved", r.number());
    }
    throw new BusinessException("publication.form.submitted", r.number());
  }

  private Long cover(Publication p, Long fileId) {
    if (fileId == null) {
      return null;
    }
    return p.file(fileId)
        .filter(PublicationFile::isImage)
        .map(PublicationFile::id)
        .orElseThrow(() -> new BusinessException("publication.form.cover.notImage"));
  }

  private String owner(String walkInOwner) {
    if (walkInOwner == null || walkInOwner.isBlank()) {
      if (!session.isCallerInRole(REQUESTER_NAME)) {
        throw new BusinessException("request.submit.notRequester");
      }
      return caller();
    }
    if (!session.isCallerInRole(CLERK_NAME)) {
      throw new BusinessException("request.submitFor.clerkOnly");
    }
    String requester = Person.normalizeUsername(walkInOwner);
    long known =
        em.createQuery(
                "select count(p) from Person p where p.username = :u and p.active = true",
                Long.class)
            .setParameter("u", requester)
            .getSingleResult();
    if (known == 0) {
      throw new BusinessException("request.requester.unknown", requester);
    }
    return requester;
  }

  private String filer(String walkInOwner) {
    return walkInOwner == null || walkInOwner.isBlank() ? null : caller();
  }

  private static Long requestId(Publication p) {
    return p.request() == null ? null : p.request().id();
  }

  private static String strip(String s) {
    return s == null ? null : s.strip();
  }

  private String caller() {
    return session.getCallerPrincipal().getName();
  }
}
