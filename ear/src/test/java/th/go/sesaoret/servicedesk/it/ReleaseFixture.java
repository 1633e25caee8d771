package th.go.sesaoret.servicedesk.it;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import th.go.sesaoret.servicedesk.attachment.domain.CheckedFile;
import th.go.sesaoret.servicedesk.catalog.domain.ServiceCode;
import th.go.sesaoret.servicedesk.publication.domain.Category;
import th.go.sesaoret.servicedesk.publication.domain.PostContent;
import th.go.sesaoret.servicedesk.publication.domain.Publication;
import th.go.sesaoret.servicedesk.publication.domain.PublicationSteps;
import th.go.sesaoret.servicedesk.request.application.RequestSubmission;
import th.go.sesaoret.servicedesk.request.application.RequestWork;
import th.go.sesaoret.servicedesk.request.domain.Approval;
import th.go.sesaoret.servicedesk.request.domain.Content;
import th.go.sesaoret.servicedesk.request.domain.ContentDigest;
import th.go.sesaoret.servicedesk.request.domain.ServiceRequest;

/**
 * Tests of steps 5-7 only: a post filed by the demo requester and approved at steps 3 and 4 by the
 * demo deputy director, the way the approval part does it (the engine's signed approvals, then the
 * post's approved digest and its signature line), with one image; and reads of what the tests
 * check.
 */
@Stateless
@PermitAll
public class ReleaseFixture {
  /** The smallest PNG: one transparent pixel. */
  static final byte[] PNG =
      java.util.Base64.getDecoder()
          .decode(
              "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==");

  static final String BODY =
      "<p>โรงเรียนร้อยเอ็ดวิทยาลัยจัดกิจกรรมวันวิทยาศาสตร์แห่งชาติ</p>"
          + "<p>ผู้สนใจติดต่อได้ที่ห้องธุรการ</p>";

  @PersistenceContext(unitName = "servicedesk")
  private EntityManager em;

  @EJB private RequestSubmission submission;
  @EJB private RequestWork work;
  @EJB private AsRequester requester;
  @EJB private AsDeputy deputy;

  /** A post at step 5, approved; returns its request's id. */
  public long approvedPost(String title, Instant wantedAt, Instant expiresAt) throws Exception {
    long id =
        requester.call(
            () ->
                submission
                    .fileWith(
                        null,
                        ServiceCode.PUBLICATION,
                        () -> new Content(title, "ข่าวประชาสัมพันธ์", List.of()),
                        "192.0.2.71",
                        r -> {
                          Publication p =
                              Publication.draft(
                                  "requester",
                                  null,
                                  new PostContent(
                                      Category.NEWS,
                                      title,
                                      null,
                                      "สรุปกิจกรรมวันวิทยาศาสตร์",
                                      BODY,
                                      wantedAt,
                                      expiresAt),
                                  Clock.systemUTC().instant());
                          p.addFile(
                              new CheckedFile("photo.png", "image/png", PNG),
                              Clock.systemUTC().instant());
                          em.persist(p);
                          p.filedAs(r);
                          r.describeService(p.digest());
                        })
                    .id());
    deputy.call(
        () ->
            work.onRequest(
                "STEP_APPROVE",
                id,
                "192.0.2.71",
                (acting, order, who, out) -> {
                  acting.approve(acting.order(PublicationSteps.PROPOSE), who, null, "192.0.2.71");
                  Approval a =
                      acting.approve(acting.order(PublicationSteps.SIGN), who, null, "192.0.2.71");
                  Publication p = publication(id);
                  p.approved(p.digest());
                  p.release()
                      .signed(
                          who.username(),
                          a.approvedAt(),
                          ContentDigest.verificationCode(a.contentSha256()));
                  return "fixture";
                }));
    return id;
  }

  @EJB private AsStaff staff;
  @EJB private th.go.sesaoret.servicedesk.publication.application.PublicationDrafting drafting;

  /** Page tests: an approved post taken by the demo staff member (step 5); its request's id. */
  public long taken(String title) throws Exception {
    long id = approvedPost(title, null, null);
    staff.call(() -> drafting.take(id, "192.0.2.71"));
    return id;
  }

  /** Page tests: the same, with its preview issued (step 6): "id token". */
  public String previewed(String title) throws Exception {
    long id = taken(title);
    String token = staff.call(() -> drafting.preview(id, "192.0.2.71"));
    return id + " " + token;
  }

  private Publication publication(long requestId) {
    return em.createQuery("select p from Publication p where p.request.id = :id", Publication.class)
        .setParameter("id", requestId)
        .getSingleResult();
  }

  /** What a test checks of a post: its ids, approval, release and the request's state. */
  public record Seen(
      long publicationId,
      long imageId,
      int currentStep,
      String status,
      long approvalsCounting,
      boolean asApproved,
      String bodyHtml,
      String excerpt,
      Instant publishAt,
      Instant publishedAt,
      Instant expiredAt,
      Instant unpublishedAt,
      String unpublishedBy,
      boolean previewLive)
      implements java.io.Serializable {}

  public Seen seen(long requestId) {
    Publication p = publication(requestId);
    ServiceRequest r = p.request();
    return new Seen(
        p.id(),
        p.files().get(0).id(),
        r.currentStep().map(s -> s.order()).orElse(0),
        r.status().name(),
        r.approvals().stream().filter(a -> !a.isVoid()).count(),
        p.isAsApproved(),
        p.bodyHtml(),
        p.excerpt(),
        p.release().publishAt(),
        p.release().publishedAt(),
        p.release().expiredAt(),
        p.release().unpublishedAt(),
        p.release().unpublishedBy(),
        p.preview().isLive());
  }
}
