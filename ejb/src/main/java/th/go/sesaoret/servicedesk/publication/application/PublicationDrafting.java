package th.go.sesaoret.servicedesk.publication.application;

import static th.go.sesaoret.servicedesk.security.domain.Role.DEPUTY_DIRECTOR_NAME;
import static th.go.sesaoret.servicedesk.security.domain.Role.DIRECTOR_NAME;
import static th.go.sesaoret.servicedesk.security.domain.Role.REQUESTER_NAME;
import static th.go.sesaoret.servicedesk.security.domain.Role.STAFF_NAME;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import th.go.sesaoret.servicedesk.notification.domain.RequestNotice;
import th.go.sesaoret.servicedesk.publication.domain.PreviewToken;
import th.go.sesaoret.servicedesk.publication.domain.Publication;
import th.go.sesaoret.servicedesk.publication.domain.PublicationSteps;
import th.go.sesaoret.servicedesk.publication.domain.PublishingNotice;
import th.go.sesaoret.servicedesk.publication.domain.StaffDraft;
import th.go.sesaoret.servicedesk.publication.domain.StaffEdit;
import th.go.sesaoret.servicedesk.request.application.Notices;
import th.go.sesaoret.servicedesk.request.application.RequestState;
import th.go.sesaoret.servicedesk.request.application.RequestWork;
import th.go.sesaoret.servicedesk.request.domain.Actor;
import th.go.sesaoret.servicedesk.request.domain.ServiceRequest;
import th.go.sesaoret.servicedesk.request.domain.StepActing;
import th.go.sesaoret.servicedesk.request.domain.StepInstance;
import th.go.sesaoret.servicedesk.security.domain.Role;
import th.go.sesaoret.servicedesk.shared.BusinessException;

/**
 * Steps 5-7 of a website publication, as the service's own actions on its request: DLICT staff take
 * the post, shape it (a change of the approved words is written only when confirmed, and sends it
 * back to approval; layout keeps the approval) and publish it temporarily (a preview link; step 6
 * starts); the requester confirms the preview (step 7 starts, with the staff who drafted it) or
 * asks for corrections (step 5 runs again); staff publish now or at a time (step 7 completes: the
 * request is done, the timer puts the post live at its time); staff or the approver unpublish it
 * with a reason.
 */
@Stateless
public class PublicationDrafting {
  @PersistenceContext private EntityManager em;
  @EJB private RequestWork work;
  @Inject private Event<PostPublished> published;
  @Inject private Event<PostWithdrawn> withdrawn;

  /** A staff member takes step 5 of a post nobody has taken. */
  @RolesAllowed(STAFF_NAME)
  public RequestState take(long requestId, String ip) {
    return work.onRequest(
        "PUBLICATION_TAKE",
        requestId,
        ip,
        (acting, order, who, out) -> {
          Publications.required(em, requestId);
          int step = acting.order(PublicationSteps.DRAFT);
          StepInstance draft = acting.request().step(step);
          if (draft.isOpen() && draft.assignee() != null) {
            throw new BusinessException(
                draft.assignee().equals(who.username())
                    ? "publication.staff.alreadyYours"
                    : "publication.staff.taken");
          }
          acting.mayAct(step, who);
          acting.reassign(step, who, who.username());
          return who.username();
        });
  }

  /**
   * Staff save their shaping of the post (step 5). A change of the approved words is refused unless
   * {@code sendBackToApproval}: then it is written, the preview link dies, the approvals are void
   * and the request goes back to the approval (the engine's {@code serviceContentChanged}). Layout
   * (the same digest) keeps the approval.
   */
  @RolesAllowed(STAFF_NAME)
  public RequestState save(long requestId, StaffEdit edit, boolean sendBackToApproval, String ip) {
    return work.onRequest(
        "PUBLICATION_SHAPE",
        requestId,
        ip,
        (acting, order, who, out) -> {
          Publication p = Publications.required(em, requestId);
          mayShape(acting, who);
          StaffDraft.Change c = StaffDraft.apply(p, edit, sendBackToApproval, acting.now());
          if (!c.textChanged()) {
            return "layout";
          }
          p.preview().kill(acting.now());
          StepInstance back = acting.serviceContentChanged(p.digest());
          out.addAll(Notices.next(acting.request()));
          return "text changed: back to step " + back.order();
        });
  }

  /**
   * Staff publish the post temporarily (step 5 done): a new preview link (its token returned, shown
   * once; only its SHA-256 is kept), the requester is asked to check it (step 6).
   */
  @RolesAllowed(STAFF_NAME)
  public String preview(long requestId, String ip) {
    String[] token = new String[1];
    work.onRequest(
        "PUBLICATION_PREVIEW",
        requestId,
        ip,
        (acting, order, who, out) -> {
          Publication p = Publications.required(em, requestId);
          int step = mayShape(acting, who);
          if (!p.isAsApproved()) {
            throw new BusinessException("publication.staff.notAsApproved");
          }
          PreviewToken t = PreviewToken.random();
          p.preview().issue(t.sha256(), acting.now());
          token[0] = t.token();
          acting.complete(step, who, null);
          ServiceRequest r = acting.request();
          StepInstance check = r.step(PublicationSteps.CHECK);
          out.add(
              RequestNotice.toUser(
                  PublishingNotice.PUBLICATION_PREVIEW,
                  r.id(),
                  r.number(),
                  check.order(),
                  check.round(),
                  r.requester()));
          return "preview issued";
        });
    return token[0];
  }

  /**
   * A new link to the live preview for the requester, staff or an approver of the request (the
   * token is shown once, so each opening from the request page gets its own; the earlier link
   * dies). Refused alike when there is no live preview or the caller may not see it.
   */
  @RolesAllowed({REQUESTER_NAME, STAFF_NAME, DEPUTY_DIRECTOR_NAME, DIRECTOR_NAME})
  public String openPreview(long requestId, String ip) {
    String[] token = new String[1];
    work.onRequest(
        "PUBLICATION_PREVIEW",
        requestId,
        ip,
        (acting, order, who, out) -> {
          Publication p =
              Publications.ofRequest(em, requestId)
                  .orElseThrow(() -> new BusinessException("publication.preview.notFound"));
          ServiceRequest r = acting.request();
          boolean may =
              r.isRequester(who.username())
                  || who.holds(Role.STAFF)
                  || Publications.approvers(r, p).contains(who.username());
          if (!may || !p.preview().isLive() || r.status().isFinished()) {
            throw new BusinessException("publication.preview.notFound");
          }
          PreviewToken t = PreviewToken.random();
          p.preview().issue(t.sha256(), acting.now());
          token[0] = t.token();
          return "preview link renewed";
        });
    return token[0];
  }

  /** The requester confirms the preview (step 6 done): step 7 goes to the staff who drafted it. */
  @RolesAllowed(REQUESTER_NAME)
  public RequestState confirm(long requestId, String ip) {
    return work.onRequest(
        "PUBLICATION_CONFIRM",
        requestId,
        ip,
        (acting, order, who, out) -> {
          Publication p = Publications.required(em, requestId);
          int step = acting.order(PublicationSteps.CHECK);
          acting.mayAct(step, who);
          if (!p.preview().isLive()) {
            throw new BusinessException("publication.check.noPreview");
          }
          ServiceRequest r = acting.request();
          String drafter = drafter(r);
          if (drafter != null) {
            acting.complete(step, who, null, drafter);
          } else {
            acting.complete(step, who, null);
          }
          StepInstance publish = r.step(PublicationSteps.PUBLISH);
          out.add(
              drafter != null
                  ? RequestNotice.toUser(
                      PublishingNotice.PUBLICATION_CONFIRMED,
                      r.id(),
                      r.number(),
                      publish.order(),
                      publish.round(),
                      drafter)
                  : RequestNotice.toRole(
                      PublishingNotice.PUBLICATION_CONFIRMED,
                      r.id(),
                      r.number(),
                      publish.order(),
                      publish.round(),
                      Role.STAFF));
          return "confirmed";
        });
  }

  /**
   * The requester asks for corrections (step 6 sent back): step 5 runs again with their comments
   * (required, at most {@link StepInstance#COMMENT_MAX}), the preview link dies.
   */
  @RolesAllowed(REQUESTER_NAME)
  public RequestState askCorrections(long requestId, String comments, String ip) {
    return work.onRequest(
        "PUBLICATION_ASK_CORRECTIONS",
        requestId,
        ip,
        (acting, order, who, out) -> {
          Publication p = Publications.required(em, requestId);
          if (comments == null || comments.isBlank()) {
            throw new BusinessException("publication.check.commentRequired");
          }
          if (comments.strip().length() > StepInstance.COMMENT_MAX) {
            throw new BusinessException(
                "publication.check.commentTooLong", StepInstance.COMMENT_MAX);
          }
          int step = acting.order(PublicationSteps.CHECK);
          StepInstance back = acting.sendBack(step, who, comments);
          p.preview().kill(acting.now());
          ServiceRequest r = acting.request();
          out.add(
              back.assignee() != null
                  ? RequestNotice.toUser(
                      PublishingNotice.PUBLICATION_CORRECTIONS,
                      r.id(),
                      r.number(),
                      back.order(),
                      back.round(),
                      back.assignee())
                  : RequestNotice.toRole(
                      PublishingNotice.PUBLICATION_CORRECTIONS,
                      r.id(),
                      r.number(),
                      back.order(),
                      back.round(),
                      Role.STAFF));
          return comments.strip();
        });
  }

  /**
   * Staff publish (step 7): at {@code at} (null or past: now; the page offers the requester's
   * wanted time), before the post's expiry. The step, and so the request, completes here: step 7 is
   * staff's work, which is done when they release the post; the timer, not a person, puts it live
   * at its time (a post wanted in two weeks does not make the step late). The preview link dies.
   */
  @RolesAllowed(STAFF_NAME)
  public RequestState publish(long requestId, Instant at, String ip) {
    return work.onRequest(
        "PUBLICATION_PUBLISH",
        requestId,
        ip,
        (acting, order, who, out) -> {
          Publication p = Publications.required(em, requestId);
          int step = acting.order(PublicationSteps.PUBLISH);
          acting.mayAct(step, who);
          if (!p.isAsApproved()) {
            throw new BusinessException("publication.staff.notAsApproved");
          }
          Instant when = p.release().schedule(at, acting.now(), p.expiresAt());
          p.preview().kill(acting.now());
          acting.complete(step, who, null);
          if (p.release().isDue(acting.now())) {
            PostReleases.live(p, acting.now());
            published.fire(new PostPublished(p.id()));
            out.add(PostReleases.publishedNotice(p));
          }
          out.addAll(Notices.next(acting.request()));
          return "publish at " + when;
        });
  }

  /**
   * Staff or the post's approver take it down (or, when scheduled, keep it from going up) with a
   * reason; the record stays, and a live post leaves public view ({@link PostWithdrawn}).
   */
  @RolesAllowed({STAFF_NAME, DEPUTY_DIRECTOR_NAME, DIRECTOR_NAME})
  public RequestState unpublish(long requestId, String reason, String ip) {
    return work.onRequest(
        "PUBLICATION_UNPUBLISH",
        requestId,
        ip,
        (acting, order, who, out) -> {
          Publication p = Publications.required(em, requestId);
          if (!who.holds(Role.STAFF)
              && !Publications.approvers(acting.request(), p).contains(who.username())) {
            throw new BusinessException("publication.release.notAllowed");
          }
          boolean wasLive =
              p.release().unpublish(who.username(), reason, acting.now(), p.expiresAt());
          if (wasLive) {
            withdrawn.fire(new PostWithdrawn(p.id()));
            out.add(PostReleases.withdrawnNotice(p));
          }
          return p.release().unpublishReason();
        });
  }

  /** The order of step 5 if it runs now and {@code who} may shape it; refuses otherwise. */
  private static int mayShape(StepActing acting, Actor who) {
    int step = acting.order(PublicationSteps.DRAFT);
    acting.mayAct(step, who);
    return step;
  }

  /** The staff member who drafted the post (step 5's assignee, else its actor). */
  private static String drafter(ServiceRequest r) {
    StepInstance draft = r.step(PublicationSteps.DRAFT);
    return draft.assignee() != null ? draft.assignee() : draft.actor();
  }
}
