package th.go.sesaoret.servicedesk.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.function.Executable;
import th.go.sesaoret.servicedesk.publication.application.PostReleases;
import th.go.sesaoret.servicedesk.publication.application.PostView;
import th.go.sesaoret.servicedesk.publication.application.PublicationDesk;
import th.go.sesaoret.servicedesk.publication.application.PublicationDrafting;
import th.go.sesaoret.servicedesk.publication.application.PublishingView;
import th.go.sesaoret.servicedesk.publication.application.TextChange;
import th.go.sesaoret.servicedesk.publication.domain.PublishingNotice;
import th.go.sesaoret.servicedesk.publication.domain.StaffEdit;
import th.go.sesaoret.servicedesk.publication.domain.WordDiff;
import th.go.sesaoret.servicedesk.request.application.RequestState;
import th.go.sesaoret.servicedesk.request.domain.RequestStatus;
import th.go.sesaoret.servicedesk.shared.BusinessException;

/**
 * Steps 5-7 of the website publication on a real WildFly: a layout change keeps the approval and a
 * text change voids it; the preview opens for the requester, staff and the approver only, and a
 * guessed, someone else's or dead link is refused alike; the requester confirms or asks for
 * corrections; staff publish now or at a time, and the timer's pass at chosen instants puts the
 * post live and takes it off at its expiry; the approver unpublishes with a reason.
 */
@ExtendWith(ArquillianExtension.class)
class PublicationReleaseIT {
  private static final String IP = "192.0.2.72";

  @Deployment
  static EnterpriseArchive deployment() {
    return Deployments.withTestClasses(
        PublicationReleaseIT.class,
        ReleaseFixture.class,
        ReleaseFixture.Seen.class,
        ReleaseEventRecorder.class,
        NoticeRecorder.class);
  }

  @Inject ReleaseFixture fixture;
  @Inject PublicationDrafting drafting;
  @Inject PublicationDesk desk;
  @Inject PostReleases releases;
  @Inject ReleaseEventRecorder events;
  @Inject NoticeRecorder notices;
  @Inject AsRequester requester;
  @Inject AsOtherRequester otherRequester;
  @Inject AsStaff staff;
  @Inject AsOtherTechnician otherStaff;
  @Inject AsDeputy deputy;
  @Inject AsDirector director;

  private static void refused(String key, Executable action) {
    assertEquals(key, assertThrows(BusinessException.class, action).key());
  }

  private static StaffEdit edit(PublishingView v, String body, String excerpt) {
    StaffEdit e = v.edit();
    return new StaffEdit(
        e.titleTh(), e.titleEn(), e.summary(), body, excerpt, e.coverFileId(), e.fileOrder());
  }

  private long taken(String title) throws Exception {
    return taken(title, null, null);
  }

  private long taken(String title, Instant wanted, Instant expires) throws Exception {
    long id = fixture.approvedPost(title, wanted, expires);
    assertEquals(5, fixture.seen(id).currentStep(), "approved: staff draft it");
    staff.call(() -> drafting.take(id, IP));
    return id;
  }

  /** Through the preview and the requester's confirmation to step 7. */
  private long confirmed(String title, Instant wanted, Instant expires) throws Exception {
    long id = taken(title, wanted, expires);
    staff.call(() -> drafting.preview(id, IP));
    requester.call(() -> drafting.confirm(id, IP));
    assertEquals(7, fixture.seen(id).currentStep());
    return id;
  }

  @Test
  void aLayoutChangeKeepsTheApprovalAndATextChangeVoidsIt() throws Exception {
    long id = taken("กิจกรรมวันวิทยาศาสตร์ (การจัดรูปแบบ)");
    refused("publication.staff.taken", () -> otherStaff.call(() -> drafting.take(id, IP)));
    PublishingView v = staff.call(() -> desk.view(id)).orElseThrow();
    assertTrue(v.mayShape());
    assertTrue(v.asApproved());

    // bold, a heading, an excerpt and the cover: layout, the approval stands
    String layout =
        "<h2>โรงเรียนร้อยเอ็ดวิทยาลัยจัดกิจกรรม<strong>วันวิทยาศาสตร์แห่งชาติ</strong></h2>"
            + "<p>ผู้สนใจติดต่อได้ที่ห้องธุรการ</p>";
    long image = fixture.seen(id).imageId();
    StaffEdit layoutEdit =
        new StaffEdit(
            v.edit().titleTh(),
            null,
            v.edit().summary(),
            layout,
            "กิจกรรมวันวิทยาศาสตร์",
            image,
            List.of(image));
    assertTrue(staff.call(() -> desk.change(id, layoutEdit)).isLayoutOnly());
    RequestState s = staff.call(() -> drafting.save(id, layoutEdit, false, IP));
    assertEquals(5, s.currentStep());
    ReleaseFixture.Seen seen = fixture.seen(id);
    assertEquals(2, seen.approvalsCounting(), "both approvals stand");
    assertTrue(seen.asApproved());
    assertTrue(seen.bodyHtml().contains("<strong>"));
    assertEquals("กิจกรรมวันวิทยาศาสตร์", seen.excerpt());

    // a changed word: the diff shows it; never saved without the confirmation
    StaffEdit textEdit = edit(v, layout.replace("ห้องธุรการ", "ห้องวิชาการ"), null);
    TextChange c = staff.call(() -> desk.change(id, textEdit));
    assertTrue(
        c.runs().stream()
            .anyMatch(r -> r.kind() == WordDiff.Kind.REMOVED && r.text().contains("ธุรการ")));
    assertTrue(
        c.runs().stream()
            .anyMatch(r -> r.kind() == WordDiff.Kind.ADDED && r.text().contains("วิชาการ")));
    refused(
        "publication.staff.confirmTextChange",
        () -> staff.call(() -> drafting.save(id, textEdit, false, IP)));
    assertTrue(fixture.seen(id).bodyHtml().contains("ห้องธุรการ"), "nothing written");
    assertEquals(2, fixture.seen(id).approvalsCounting());

    // confirmed: written, the approvals are void, back to the proposal (step 3)
    s = staff.call(() -> drafting.save(id, textEdit, true, IP));
    assertEquals(3, s.currentStep());
    seen = fixture.seen(id);
    assertEquals(0, seen.approvalsCounting());
    assertFalse(seen.asApproved());
    assertTrue(seen.bodyHtml().contains("ห้องวิชาการ"));
    refused("request.step.notCurrent", () -> staff.call(() -> drafting.preview(id, IP)));
  }

  @Test
  void thePreviewOpensForTheRightPeopleAndIsRefusedAlikeOtherwise() throws Exception {
    long id = taken("กิจกรรมวันวิทยาศาสตร์ (ตัวอย่าง)");
    String token = staff.call(() -> drafting.preview(id, IP));
    assertTrue(token.matches("[A-Za-z0-9_-]{22}"), token);
    assertEquals(6, fixture.seen(id).currentStep(), "the requester checks it");
    assertTrue(
        notices.forRequest(id).stream()
            .anyMatch(
                n ->
                    n.kind() == PublishingNotice.PUBLICATION_PREVIEW
                        && "requester".equals(n.recipientUser())));

    PostView post = requester.call(() -> desk.preview(token)).orElseThrow();
    assertEquals("กิจกรรมวันวิทยาศาสตร์ (ตัวอย่าง)", post.titleTh());
    assertNull(post.publishedAt(), "not published yet");
    assertNotNull(post.approvedByName(), "the approver by name");
    assertEquals("role.DEPUTY_DIRECTOR", post.approvedByPosition());
    assertNotNull(post.verificationCode());
    assertTrue(staff.call(() -> desk.preview(token)).isPresent(), "staff");
    assertTrue(deputy.call(() -> desk.preview(token)).isPresent(), "the approver");
    long image = fixture.seen(id).imageId();
    assertEquals(
        "image/png",
        requester.call(() -> desk.previewFile(token, image)).orElseThrow().contentType());

    // someone else, a guessed token, nonsense: the same empty answer
    assertTrue(otherRequester.call(() -> desk.preview(token)).isEmpty(), "someone else's");
    assertTrue(director.call(() -> desk.preview(token)).isEmpty(), "not this post's approver");
    assertTrue(otherRequester.call(() -> desk.previewFile(token, image)).isEmpty());
    String guessed = "AAAAAAAAAAAAAAAAAAAAAA";
    assertTrue(requester.call(() -> desk.preview(guessed)).isEmpty(), "a guessed token");
    assertTrue(requester.call(() -> desk.preview("' or 1=1 --")).isEmpty());
    refused(
        "publication.preview.notFound",
        () -> otherRequester.call(() -> drafting.openPreview(id, IP)));

    // a fresh link from the request page: the earlier link dies
    String fresh = requester.call(() -> drafting.openPreview(id, IP));
    assertTrue(requester.call(() -> desk.preview(token)).isEmpty(), "the earlier link died");
    assertTrue(requester.call(() -> desk.preview(fresh)).isPresent());

    // confirmed and published: the link is dead for everyone
    requester.call(() -> drafting.confirm(id, IP));
    long pub = fixture.seen(id).publicationId();
    RequestState done = staff.call(() -> drafting.publish(id, null, IP));
    assertEquals(RequestStatus.COMPLETED, done.status(), "step 7 completes at publishing");
    assertEquals(1, events.published(pub));
    assertTrue(requester.call(() -> desk.preview(fresh)).isEmpty(), "dead after publication");
    assertTrue(staff.call(() -> desk.preview(fresh)).isEmpty());
    assertTrue(requester.call(() -> desk.previewFile(fresh, image)).isEmpty());
    assertFalse(fixture.seen(id).previewLive());
    assertTrue(
        notices.forRequest(id).stream()
            .anyMatch(n -> n.kind() == PublishingNotice.PUBLICATION_PUBLISHED));
  }

  @Test
  void theRequesterConfirmsOrAsksForCorrections() throws Exception {
    long id = taken("กิจกรรมวันวิทยาศาสตร์ (ตรวจสอบ)");
    String token = staff.call(() -> drafting.preview(id, IP));
    refused("request.step.notYours", () -> otherRequester.call(() -> drafting.confirm(id, IP)));
    refused(
        "publication.check.commentRequired",
        () -> requester.call(() -> drafting.askCorrections(id, " ", IP)));
    refused(
        "publication.check.commentTooLong",
        () -> requester.call(() -> drafting.askCorrections(id, "ก".repeat(2001), IP)));
    RequestState s =
        requester.call(() -> drafting.askCorrections(id, "กรุณาใส่ชื่อผู้ประสานงาน", IP));
    assertEquals(5, s.currentStep(), "back to the staff draft");
    assertTrue(requester.call(() -> desk.preview(token)).isEmpty(), "the old link died");
    PublishingView v = staff.call(() -> desk.view(id)).orElseThrow();
    assertEquals("กรุณาใส่ชื่อผู้ประสานงาน", v.corrections());
    assertTrue(v.mayShape(), "the same staff member has it again");
    assertTrue(
        notices.forRequest(id).stream()
            .anyMatch(
                n ->
                    n.kind() == PublishingNotice.PUBLICATION_CORRECTIONS
                        && "staff".equals(n.recipientUser())));

    staff.call(() -> drafting.preview(id, IP));
    s = requester.call(() -> drafting.confirm(id, IP));
    assertEquals(7, s.currentStep());
    assertTrue(staff.call(() -> desk.view(id)).orElseThrow().mayPublish());
    assertTrue(
        notices.forRequest(id).stream()
            .anyMatch(
                n ->
                    n.kind() == PublishingNotice.PUBLICATION_CONFIRMED
                        && "staff".equals(n.recipientUser())));
  }

  @Test
  void aScheduledPostGoesLiveAtItsTimeAndLeavesAtItsExpiry() throws Exception {
    Instant wanted = Instant.now().plus(Duration.ofDays(400)).truncatedTo(ChronoUnit.SECONDS);
    Instant expires = wanted.plus(Duration.ofDays(30));
    long id = confirmed("กิจกรรมวันวิทยาศาสตร์ (ตั้งเวลา)", wanted, expires);
    long pub = fixture.seen(id).publicationId();
    refused(
        "publication.release.afterExpiry",
        () -> staff.call(() -> drafting.publish(id, expires, IP)));
    RequestState s = staff.call(() -> drafting.publish(id, wanted, IP));
    assertEquals(RequestStatus.COMPLETED, s.status());
    assertEquals(wanted, fixture.seen(id).publishAt());
    assertNull(fixture.seen(id).publishedAt(), "not before its time");

    releases.runDue(wanted.minusSeconds(60));
    assertNull(fixture.seen(id).publishedAt());
    assertEquals(0, events.published(pub));
    releases.runDue(wanted);
    assertEquals(wanted, fixture.seen(id).publishedAt());
    assertEquals(1, events.published(pub));
    releases.runDue(wanted.plusSeconds(60));
    assertEquals(1, events.published(pub), "live once");

    releases.runDue(expires.minusSeconds(60));
    assertEquals(0, events.withdrawn(pub));
    releases.runDue(expires);
    assertEquals(1, events.withdrawn(pub));
    ReleaseFixture.Seen seen = fixture.seen(id);
    assertEquals(expires, seen.expiredAt());
    assertEquals(wanted, seen.publishedAt(), "the record stays");
    releases.runDue(expires.plusSeconds(60));
    assertEquals(1, events.withdrawn(pub), "withdrawn once");
  }

  @Test
  void theApproverUnpublishesWithAReasonAndTheRecordStays() throws Exception {
    long id = confirmed("กิจกรรมวันวิทยาศาสตร์ (นำออก)", null, null);
    long pub = fixture.seen(id).publicationId();
    staff.call(() -> drafting.publish(id, null, IP));
    assertNotNull(fixture.seen(id).publishedAt(), "published now");
    refused(
        "publication.release.reasonRequired",
        () -> deputy.call(() -> drafting.unpublish(id, " ", IP)));
    refused(
        "publication.release.reasonTooLong",
        () -> deputy.call(() -> drafting.unpublish(id, "ก".repeat(501), IP)));
    refused(
        "publication.release.notAllowed",
        () -> director.call(() -> drafting.unpublish(id, "ไม่ใช่ผู้อนุมัติ", IP)));
    deputy.call(() -> drafting.unpublish(id, "ข้อมูลวันจัดกิจกรรมคลาดเคลื่อน", IP));
    assertEquals(1, events.withdrawn(pub));
    ReleaseFixture.Seen seen = fixture.seen(id);
    assertEquals("deputy", seen.unpublishedBy());
    assertNotNull(seen.unpublishedAt());
    assertNotNull(seen.publishedAt(), "the record stays");
    refused(
        "publication.release.notPublished",
        () -> staff.call(() -> drafting.unpublish(id, "อีกครั้ง", IP)));
  }
}
