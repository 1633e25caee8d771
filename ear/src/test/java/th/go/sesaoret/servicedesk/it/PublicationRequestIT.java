package th.go.sesaoret.servicedesk.it;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import javax.imageio.ImageIO;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.function.Executable;
import th.go.sesaoret.servicedesk.attachment.domain.Upload;
import th.go.sesaoret.servicedesk.catalog.domain.StandardUnit;
import th.go.sesaoret.servicedesk.catalog.domain.TimeStandard;
import th.go.sesaoret.servicedesk.notification.application.Inbox;
import th.go.sesaoret.servicedesk.notification.application.InboxRow;
import th.go.sesaoret.servicedesk.notification.domain.NoticeKind;
import th.go.sesaoret.servicedesk.notification.domain.WorkflowNotice;
import th.go.sesaoret.servicedesk.publication.application.DraftRow;
import th.go.sesaoret.servicedesk.publication.application.DraftSaved;
import th.go.sesaoret.servicedesk.publication.application.PostInput;
import th.go.sesaoret.servicedesk.publication.application.PostReading;
import th.go.sesaoret.servicedesk.publication.application.PublicationApprovals;
import th.go.sesaoret.servicedesk.publication.application.PublicationDrafts;
import th.go.sesaoret.servicedesk.publication.application.PublicationQueries;
import th.go.sesaoret.servicedesk.publication.domain.Category;
import th.go.sesaoret.servicedesk.publication.domain.PersonalData.Consent;
import th.go.sesaoret.servicedesk.publication.domain.PublicationNotice;
import th.go.sesaoret.servicedesk.request.application.ApprovalInfo;
import th.go.sesaoret.servicedesk.request.application.RequestQueries;
import th.go.sesaoret.servicedesk.request.application.RequestState;
import th.go.sesaoret.servicedesk.request.application.StepActions;
import th.go.sesaoret.servicedesk.request.application.TimelineStep;
import th.go.sesaoret.servicedesk.request.domain.ApprovalDecision;
import th.go.sesaoret.servicedesk.request.domain.RequestStatus;
import th.go.sesaoret.servicedesk.security.domain.Role;
import th.go.sesaoret.servicedesk.shared.BusinessException;
import th.go.sesaoret.servicedesk.sla.application.WorkingCalendar;

/**
 * The request side of the website publication on a real WildFly (issue 12 part H1): the draft, its
 * files checked by content, the submission with step 1 timed from the draft's creation and the due
 * times on the Thai calendar, one signature approving steps 3 and 4 bound to the content hash that
 * includes the post's digest, rejection, return and a changed resubmission voiding the approval, an
 * edit after approval refused, the director told of a post proposed to them.
 */
@ExtendWith(ArquillianExtension.class)
class PublicationRequestIT {
  private static final Locale THAI = Locale.forLanguageTag("th");
  private static final String IP = "192.0.2.61";
  private static final String PASSWORD = "Dlict@2569";
  private static final Instant WANTED = Instant.parse("2027-01-11T02:00:00Z");

  @Deployment
  static EnterpriseArchive deployment() {
    return Deployments.withTestClasses(PublicationRequestIT.class);
  }

  @Inject PublicationDrafts drafts;
  @Inject PublicationApprovals approvals;
  @Inject PublicationQueries posts;
  @Inject RequestQueries requests;
  @Inject StepActions steps;
  @Inject WorkingCalendar calendar;
  @Inject Inbox inbox;
  @Inject AsRequester requester;
  @Inject AsOtherRequester otherRequester;
  @Inject AsClerk clerk;
  @Inject AsStaff staff;
  @Inject AsDeputy deputy;
  @Inject AsDirector director;

  private static PostInput input(String title, String body, Role to) {
    return new PostInput(
        Category.NEWS,
        title,
        "Sports day",
        "สรุปข่าวกีฬาสีประจำปี",
        body,
        WANTED,
        WANTED.plus(Duration.ofDays(30)),
        true,
        true,
        false,
        Consent.HELD,
        to,
        null);
  }

  private static PostInput withCover(PostInput in, String body, Long cover) {
    return new PostInput(
        in.category(),
        in.titleTh(),
        in.titleEn(),
        in.summary(),
        body,
        in.wantedAt(),
        in.expiresAt(),
        in.studentNames(),
        in.faces(),
        in.idNumbers(),
        in.consent(),
        in.proposeTo(),
        cover);
  }

  private static byte[] png() throws IOException {
    BufferedImage picture = new BufferedImage(40, 30, BufferedImage.TYPE_INT_RGB);
    picture.setRGB(5, 5, 0x3366FF);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ImageIO.write(picture, "png", out);
    return out.toByteArray();
  }

  private static void refused(String key, Executable action) {
    assertEquals(key, assertThrows(BusinessException.class, action).key());
  }

  private static InboxRow waitForNotice(
      Callable<List<InboxRow>> inboxOf, long requestId, NoticeKind kind) throws Exception {
    Instant until = Instant.now().plus(Duration.ofSeconds(30));
    while (Instant.now().isBefore(until)) {
      var found =
          inboxOf.call().stream()
              .filter(e -> e.requestId() == requestId && e.kind() == kind)
              .findFirst();
      if (found.isPresent()) {
        return found.get();
      }
      Thread.sleep(200);
    }
    throw new AssertionError("no " + kind + " notice for request " + requestId);
  }

  /** A submitted post with one picture in its body, proposed to {@code to}. */
  private RequestState submitted(String title, Role to) throws Exception {
    long id =
        requester.call(() -> drafts.save(null, null, input(title, "<p>ข่าว</p>", to), IP)).id();
    long file =
        requester.call(() -> drafts.addFile(id, new Upload("สนาม.png", "image/png", png()), IP));
    String body = "<p>ภาพกิจกรรม</p><p><img src=\"attachment:" + file + "\" alt=\"สนาม\"></p>";
    requester.call(() -> drafts.save(id, null, withCover(input(title, body, to), body, file), IP));
    return requester.call(() -> drafts.submit(id, IP));
  }

  private long currentStepId(long requestId) throws Exception {
    var d = requester.call(() -> requests.request(requestId, THAI, IP));
    return d.timeline().stream()
        .filter(s -> s.startedAt() != null && s.finishedAt() == null)
        .findFirst()
        .orElseThrow()
        .stepId();
  }

  @Test
  void aDraftIsSubmittedTimedFromItsCreationAndSignedOverItsDigest() throws Exception {
    // step 1: a draft with a script in its body: kept without it, and the form is told
    DraftSaved saved =
        requester.call(
            () ->
                drafts.save(
                    null,
                    null,
                    input(
                        "ข่าวกีฬาสีประจำปี 2569",
                        "<p>เปิดงาน<script>alert(1)</script></p><p onclick=\"x()\">ผล</p>",
                        Role.DEPUTY_DIRECTOR),
                    IP));
    assertTrue(saved.removed().contains("script"), saved.removed().toString());
    long postId = saved.id();
    DraftRow row =
        requester.call(() -> drafts.myDrafts(0, 100)).stream()
            .filter(r -> r.id() == postId)
            .findFirst()
            .orElseThrow();
    assertFalse(requester.call(() -> drafts.load(postId)).input().bodyHtml().contains("script"));

    // a picture, placed in the body; the cover
    long file =
        requester.call(
            () -> drafts.addFile(postId, new Upload("เปิดงาน.png", "image/png", png()), IP));
    String body = "<p>เปิดงาน</p><p><img src=\"attachment:" + file + "\" alt=\"เปิดงาน\"></p>";
    PostInput in = input("ข่าวกีฬาสีประจำปี 2569", body, Role.DEPUTY_DIRECTOR);
    DraftSaved again =
        requester.call(() -> drafts.save(postId, null, withCover(in, body, file), IP));
    assertEquals(List.of(), again.removed());
    assertTrue(
        requester
            .call(() -> drafts.load(postId))
            .input()
            .bodyHtml()
            .contains("attachment:" + file));

    // step 2: submitted; the draft leaves "my drafts"
    RequestState filed = requester.call(() -> drafts.submit(postId, IP));
    assertEquals(3, filed.currentStep(), "prepare and form done by the submission");
    assertTrue(
        requester.call(() -> drafts.myDrafts(0, 100)).stream().noneMatch(r -> r.id() == postId));
    long id = filed.id();
    var detail = requester.call(() -> requests.request(id, THAI, IP));
    assertEquals("ข่าวกีฬาสีประจำปี 2569", detail.title());
    assertEquals("สรุปข่าวกีฬาสีประจำปี", detail.description());
    List<TimelineStep> timeline = detail.timeline();
    assertEquals(row.createdAt(), timeline.get(0).startedAt(), "step 1 ran from the draft");
    var cal = calendar.calendar();
    assertEquals(
        cal.due(timeline.get(0).startedAt(), TimeStandard.of(1, StandardUnit.WORKING_DAYS)),
        timeline.get(0).dueAt());
    assertEquals(
        cal.due(timeline.get(1).startedAt(), TimeStandard.of(1, StandardUnit.HOURS)),
        timeline.get(1).dueAt());
    assertEquals(
        cal.due(timeline.get(2).startedAt(), TimeStandard.of(1, StandardUnit.WORKING_DAYS)),
        timeline.get(2).dueAt());
    waitForNotice(() -> deputy.call(() -> inbox.page(0, 500)), id, WorkflowNotice.APPROVAL_NEEDED);

    // under consideration: the requester cannot edit; the deputy reads it and may sign
    refused(
        "publication.form.submitted",
        () -> requester.call(() -> drafts.save(postId, null, in, IP)));
    PostReading reading = deputy.call(() -> posts.reading(id, IP));
    assertTrue(reading.mayApprove());
    assertEquals(1, reading.images().size());
    assertEquals(file, reading.coverFileId());
    assertFalse(requester.call(() -> posts.reading(id, IP)).mayApprove());
    assertEquals("image/png", deputy.call(() -> posts.file(postId, file, IP)).contentType());

    // steps 3-4: a wrong password, then one signature for both steps
    refused(
        "request.approval.badPassword",
        () -> deputy.call(() -> approvals.approve(id, "wrong".toCharArray(), null, IP)));
    RequestState signed =
        deputy.call(() -> approvals.approve(id, PASSWORD.toCharArray(), "อนุมัติให้เผยแพร่", IP));
    assertEquals(5, signed.currentStep(), "staff draft the post next");
    detail = requester.call(() -> requests.request(id, THAI, IP));
    List<ApprovalInfo> given = detail.approvals();
    assertEquals(List.of(3, 4), given.stream().map(ApprovalInfo::stepOrder).toList());
    for (ApprovalInfo a : given) {
      assertEquals(ApprovalDecision.APPROVED, a.decision());
      assertEquals(detail.contentSha256(), a.contentSha256(), "bound to the content with the post");
      assertFalse(a.isVoid());
    }
    reading = requester.call(() -> posts.reading(id, IP));
    assertTrue(reading.asApproved());
    assertNotNull(reading.verificationCode());
    assertNotNull(reading.approvedBy());
    assertFalse(reading.mayApprove());
    waitForNotice(() -> requester.call(() -> inbox.page(0, 500)), id, WorkflowNotice.APPROVED);

    // after approval: no edit, no file added
    refused(
        "publication.form.approved", () -> requester.call(() -> drafts.save(postId, null, in, IP)));
    refused(
        "publication.form.approved",
        () ->
            requester.call(
                () -> drafts.addFile(postId, new Upload("อีก.png", "image/png", png()), IP)));
  }

  @Test
  void aChangedResubmissionVoidsTheApprovalAndGoesBackToConsideration() throws Exception {
    RequestState filed = submitted("ประกาศรับสมัครครูอัตราจ้าง", Role.DEPUTY_DIRECTOR);
    long id = filed.id();
    deputy.call(() -> approvals.approve(id, PASSWORD.toCharArray(), null, IP));
    PostReading before = requester.call(() -> posts.reading(id, IP));

    // staff return it at step 5; the requester changes the text and submits again
    long step5 = currentStepId(id);
    staff.call(() -> steps.returnForCorrection(step5, "กรุณาแก้ไขวันรับสมัคร", IP));
    var correcting = requester.call(() -> drafts.loadForCorrection(id));
    assertEquals(id, correcting.requestId());
    PostInput changed =
        input(
            "ประกาศรับสมัครครูอัตราจ้าง (แก้ไขวันรับสมัคร)",
            "<p>รับสมัคร 5-9 ม.ค.</p>",
            Role.DEPUTY_DIRECTOR);
    requester.call(() -> drafts.save(correcting.id(), null, changed, IP));
    RequestState again = requester.call(() -> drafts.submit(correcting.id(), IP));

    assertEquals(RequestStatus.OPEN, again.status());
    assertEquals(3, again.currentStep(), "back to the earliest approved step");
    var detail = requester.call(() -> requests.request(id, THAI, IP));
    assertTrue(detail.approvals().stream().allMatch(ApprovalInfo::isVoid), "both signatures void");
    PostReading after = deputy.call(() -> posts.reading(id, IP));
    assertFalse(after.asApproved());
    assertFalse(before.digest().equals(after.digest()));
    assertTrue(after.mayApprove());

    // signed again over the new content
    deputy.call(() -> approvals.approve(id, PASSWORD.toCharArray(), null, IP));
    detail = requester.call(() -> requests.request(id, THAI, IP));
    String content = detail.contentSha256();
    assertEquals(
        2,
        detail.approvals().stream()
            .filter(a -> !a.isVoid() && a.contentSha256().equals(content))
            .count());
  }

  @Test
  void theAuthoriserRejectsWithAReasonOrReturnsItAtConsideration() throws Exception {
    long rejected = submitted("ข่าวที่ไม่อนุมัติ", Role.DEPUTY_DIRECTOR).id();
    long s3 = currentStepId(rejected);
    refused(
        "request.reject.reasonRequired",
        () -> deputy.call(() -> steps.reject(s3, PASSWORD.toCharArray(), " ", IP)));
    deputy.call(() -> steps.reject(s3, PASSWORD.toCharArray(), "ข้อมูลยังไม่ครบถ้วน", IP));
    assertEquals(
        RequestStatus.REJECTED,
        requester.call(() -> requests.request(rejected, THAI, IP)).status());

    long returned = submitted("ข่าวที่ส่งกลับ", Role.DEPUTY_DIRECTOR).id();
    long r3 = currentStepId(returned);
    deputy.call(() -> steps.returnForCorrection(r3, "กรุณาเพิ่มภาพประกอบ", IP));
    refused(
        "request.waitingForCorrection",
        () -> deputy.call(() -> approvals.approve(returned, PASSWORD.toCharArray(), null, IP)));
    var post = requester.call(() -> drafts.loadForCorrection(returned));
    RequestState back = requester.call(() -> drafts.submit(post.id(), IP));
    assertEquals(3, back.currentStep());
    assertEquals(RequestStatus.OPEN, back.status());
  }

  @Test
  void aPostProposedToTheDirectorTellsTheDirector() throws Exception {
    long id = submitted("ข่าวเสนอผู้อำนวยการ", Role.DIRECTOR).id();
    waitForNotice(
        () -> director.call(() -> inbox.page(0, 500)), id, PublicationNotice.PUBLICATION_PROPOSED);
    assertTrue(director.call(() -> posts.reading(id, IP)).mayApprove());
    director.call(() -> approvals.approve(id, PASSWORD.toCharArray(), null, IP));
    assertEquals(
        "director",
        requester.call(() -> requests.request(id, THAI, IP)).approvals().get(1).approver());
  }

  @Test
  void theClerkWritesAndFilesForAWalkInRequester() throws Exception {
    long id =
        clerk
            .call(
                () ->
                    drafts.save(
                        null,
                        "requester",
                        input("ข่าวโรงเรียน", "<p>ข่าว</p>", Role.DEPUTY_DIRECTOR),
                        IP))
            .id();
    refused(
        "request.requester.unknown",
        () ->
            clerk.call(
                () ->
                    drafts.save(
                        null,
                        "nobody.here",
                        input("ข่าว", "<p>ข่าว</p>", Role.DEPUTY_DIRECTOR),
                        IP)));
    RequestState filed = clerk.call(() -> drafts.submit(id, IP));
    var detail = requester.call(() -> requests.request(filed.id(), THAI, IP));
    assertEquals("requester", detail.requester());
    assertEquals("clerk", detail.filedBy());
  }

  @Test
  void badFilesAndOtherPeoplesDraftsAreRefused() throws Exception {
    long id =
        requester
            .call(
                () ->
                    drafts.save(null, null, input("ข่าว", "<p>ข่าว</p>", Role.DEPUTY_DIRECTOR), IP))
            .id();
    byte[] exe = new byte[512];
    exe[0] = 'M';
    exe[1] = 'Z';
    refused(
        "request.attachment.unrecognized",
        () ->
            requester.call(
                () -> drafts.addFile(id, new Upload("คำสั่ง.pdf", "application/pdf", exe), IP)));
    String svg = "<svg xmlns=\"http://www.w3.org/2000/svg\"><script>alert(1)</script></svg>";
    refused(
        "request.attachment.svgUnsafe",
        () ->
            requester.call(
                () ->
                    drafts.addFile(
                        id, new Upload("logo.svg", "image/svg+xml", svg.getBytes(UTF_8)), IP)));
    assertEquals(List.of(), requester.call(() -> drafts.load(id)).files());
    long file =
        requester.call(() -> drafts.addFile(id, new Upload("ภาพ.png", "image/png", png()), IP));

    // someone else: the same refusal whether it exists or not
    refused("publication.form.notFound", () -> otherRequester.call(() -> drafts.load(id)));
    refused("publication.form.notFound", () -> otherRequester.call(() -> drafts.load(987654321L)));
    refused("request.notVisible", () -> otherRequester.call(() -> posts.file(id, file, IP)));
    refused("request.notVisible", () -> otherRequester.call(() -> posts.file(987654321L, 1, IP)));

    // not submittable without the checklist; faces without consent refused
    PostInput noConsent =
        new PostInput(
            Category.ACTIVITY,
            "ภาพกิจกรรม",
            null,
            null,
            "<p>ภาพ</p>",
            WANTED,
            null,
            false,
            true,
            false,
            Consent.NOT_HELD,
            Role.DEPUTY_DIRECTOR,
            null);
    requester.call(() -> drafts.save(id, null, noConsent, IP));
    refused(
        "publication.form.personalData.noConsent",
        () -> requester.call(() -> drafts.submit(id, IP)));
    PostInput badExpiry =
        new PostInput(
            Category.ACTIVITY,
            "ภาพกิจกรรม",
            null,
            null,
            "<p>ภาพ</p>",
            WANTED,
            WANTED.minusSeconds(3600),
            false,
            false,
            false,
            Consent.NOT_NEEDED,
            Role.DEPUTY_DIRECTOR,
            null);
    refused(
        "publication.form.expiry.beforePublication",
        () -> requester.call(() -> drafts.save(id, null, badExpiry, IP)));
    assertNull(requester.call(() -> drafts.load(id)).requestId(), "still a draft");
  }
}
