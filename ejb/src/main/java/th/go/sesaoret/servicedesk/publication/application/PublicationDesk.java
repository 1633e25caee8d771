package th.go.sesaoret.servicedesk.publication.application;

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
import java.util.Optional;
import java.util.Set;
import th.go.sesaoret.servicedesk.publication.domain.PreviewToken;
import th.go.sesaoret.servicedesk.publication.domain.Publication;
import th.go.sesaoret.servicedesk.publication.domain.PublicationFile;
import th.go.sesaoret.servicedesk.publication.domain.PublicationSteps;
import th.go.sesaoret.servicedesk.publication.domain.StaffDraft;
import th.go.sesaoret.servicedesk.publication.domain.StaffEdit;
import th.go.sesaoret.servicedesk.request.application.AttachmentDownload;
import th.go.sesaoret.servicedesk.request.domain.Approval;
import th.go.sesaoret.servicedesk.request.domain.ServiceRequest;
import th.go.sesaoret.servicedesk.request.domain.StepInstance;
import th.go.sesaoret.servicedesk.security.domain.Role;

/**
 * The reads of steps 5-7: what one reader may do on a post's request page, what staff's edit would
 * change (the word-level diff against the approved words), and the preview by its link. The preview
 * opens only for the request's requester, DLICT staff and the request's approvers, while the link
 * is live and the request open; a guessed, dead or someone else's link is not found, alike.
 */
@Stateless
@RolesAllowed({
  REQUESTER_NAME,
  CLERK_NAME,
  STAFF_NAME,
  GROUP_DIRECTOR_NAME,
  DEPUTY_DIRECTOR_NAME,
  DIRECTOR_NAME
})
public class PublicationDesk {
  @PersistenceContext private EntityManager em;
  @Resource private SessionContext session;
  @Inject private Clock clock;
  @EJB private PostViews postViews;

  /** Steps 5-7 of request {@code requestId} as the caller sees them; empty when not a post. */
  public Optional<PublishingView> view(long requestId) {
    Optional<Publication> found = Publications.ofRequest(em, requestId);
    if (found.isEmpty()) {
      return Optional.empty();
    }
    Publication p = found.get();
    ServiceRequest r = p.request();
    String me = session.getCallerPrincipal().getName();
    boolean staff = session.isCallerInRole(STAFF_NAME);
    boolean requester = r.isRequester(me);
    Set<String> approvers = Publications.approvers(r, p);
    if (!(staff || requester || approvers.contains(me))) {
      return Optional.empty();
    }
    Instant now = clock.instant();
    StepInstance draft = r.step(PublicationSteps.DRAFT);
    StepInstance check = r.step(PublicationSteps.CHECK);
    StepInstance publish = r.step(PublicationSteps.PUBLISH);
    boolean open = !r.status().isFinished();
    boolean draftRuns = open && running(draft);
    boolean mayShape =
        draftRuns && staff && (draft.assignee() == null || me.equals(draft.assignee()));
    boolean live = p.release().isLive(now, p.expiresAt());
    boolean scheduledOrLive =
        p.release().publishAt() != null
            && p.release().unpublishedAt() == null
            && p.release().expiredAt() == null;
    return Optional.of(
        new PublishingView(
            r.id(),
            p.id(),
            r.number(),
            draftRuns && staff && draft.assignee() == null,
            mayShape,
            open && running(check) && requester,
            open && running(publish) && staff,
            scheduledOrLive && (staff || approvers.contains(me)),
            open && p.preview().isLive() && (staff || requester || approvers.contains(me)),
            p.isAsApproved(),
            StaffEdit.of(p),
            p.files().stream()
                .map(
                    f -> new PublishingView.FileRow(f.id(), f.name(), f.contentType(), f.isImage()))
                .toList(),
            draftRuns ? draft.comment() : null,
            p.wantedAt(),
            p.expiresAt(),
            p.release().publishAt(),
            p.release().publishedAt(),
            p.release().unpublishedAt(),
            p.release().unpublishReason(),
            live,
            p.release().publishedAt() != null ? Publications.publicLink(p) : null));
  }

  private static boolean running(StepInstance s) {
    return s.isOpen() && !s.isPaused() && s.finishedAt() == null;
  }

  /**
   * What staff's {@code edit} would change: the diff of the approved words, empty for layout only.
   * Refused as {@link StaffDraft#of} refuses (a limit, a file not the post's).
   */
  @RolesAllowed(STAFF_NAME)
  public TextChange change(long requestId, StaffEdit edit) {
    Publication p = Publications.required(em, requestId);
    return TextChange.of(StaffDraft.of(p, edit).diff());
  }

  /** The post behind preview link {@code token}, for the caller; empty alike when refused. */
  public Optional<PostView> preview(String token) {
    return previewed(token).map(this::postView);
  }

  /** A file of the post behind preview link {@code token}; empty alike when refused. */
  public Optional<AttachmentDownload> previewFile(String token, long fileId) {
    return previewed(token)
        .flatMap(p -> p.file(fileId))
        .map(f -> new AttachmentDownload(f.name(), f.contentType(), f.content()));
  }

  private Optional<Publication> previewed(String token) {
    String sha = PreviewToken.hash(token);
    if (sha == null) {
      return Optional.empty();
    }
    Optional<Publication> found =
        em.createQuery(
                "select p from Publication p join fetch p.request"
                    + " where p.preview.tokenSha256 = :sha",
                Publication.class)
            .setParameter("sha", sha)
            .getResultStream()
            .findFirst();
    return found.filter(
        p -> {
          ServiceRequest r = p.request();
          if (!p.preview().opensWith(sha) || r.status().isFinished()) {
            return false;
          }
          String me = session.getCallerPrincipal().getName();
          return r.isRequester(me)
              || session.isCallerInRole(STAFF_NAME)
              || Publications.approvers(r, p).contains(me);
        });
  }

  /** The post as the public page will show it (no publication time yet: a preview). */
  PostView postView(Publication p) {
    return postViews.of(p);
  }

  /** The signing approval of {@code r}: the last that counts. */
  static Optional<Approval> signing(ServiceRequest r) {
    return r.approvals().stream().filter(a -> !a.isVoid()).reduce((a, b) -> b);
  }

  static Role position(Approval a) {
    return a.actingFor() != null ? a.actingFor() : a.step().actingRole();
  }

  static PostView.PostFile file(PublicationFile f) {
    return new PostView.PostFile(
        f.id(), f.name(), f.contentType(), f.size(), f.sha256(), f.caption());
  }
}
