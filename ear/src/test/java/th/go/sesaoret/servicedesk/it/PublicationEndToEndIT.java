package th.go.sesaoret.servicedesk.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import javax.imageio.ImageIO;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import th.go.sesaoret.servicedesk.attachment.domain.Upload;
import th.go.sesaoret.servicedesk.publication.application.PostInput;
import th.go.sesaoret.servicedesk.publication.application.PostReleases;
import th.go.sesaoret.servicedesk.publication.application.PostView;
import th.go.sesaoret.servicedesk.publication.application.PublicationApprovals;
import th.go.sesaoret.servicedesk.publication.application.PublicationDesk;
import th.go.sesaoret.servicedesk.publication.application.PublicationDrafting;
import th.go.sesaoret.servicedesk.publication.application.PublicationDrafts;
import th.go.sesaoret.servicedesk.publication.application.PublishingView;
import th.go.sesaoret.servicedesk.publication.domain.Category;
import th.go.sesaoret.servicedesk.publication.domain.PersonalData.Consent;
import th.go.sesaoret.servicedesk.publication.domain.StaffEdit;
import th.go.sesaoret.servicedesk.request.application.RequestDetail;
import th.go.sesaoret.servicedesk.request.application.RequestQueries;
import th.go.sesaoret.servicedesk.request.application.RequestState;
import th.go.sesaoret.servicedesk.request.application.TimelineStep;
import th.go.sesaoret.servicedesk.request.domain.ContentDigest;
import th.go.sesaoret.servicedesk.request.domain.RequestStatus;
import th.go.sesaoret.servicedesk.security.domain.Role;

/**
 * Issue 12's "done when", through the real parts on WildFly: a requester's draft goes through the
 * seven timed steps of the manual (prepare, submit, proposed, signed, staff draft and preview, the
 * requester's check, publication) to the public news page and its Atom feed, and the public page
 * carries the approval that covers exactly what is online (its verification code is the one of the
 * signature over the request's content, which includes the post's digest).
 */
@ExtendWith(ArquillianExtension.class)
class PublicationEndToEndIT {
  private static final Locale THAI = Locale.forLanguageTag("th");
  private static final String IP = "192.0.2.120";
  private static final String PASSWORD = "Dlict@2569";

  @Deployment
  static EnterpriseArchive deployment() {
    return Deployments.withTestClasses(PublicationEndToEndIT.class, WebClient.class);
  }

  @Inject PublicationDrafts drafts;
  @Inject PublicationApprovals approvals;
  @Inject PublicationDrafting drafting;
  @Inject PublicationDesk desk;
  @Inject PostReleases releases;
  @Inject RequestQueries requests;
  @Inject AsRequester requester;
  @Inject AsStaff staff;
  @Inject AsDeputy deputy;

  private static byte[] png() throws IOException {
    BufferedImage picture = new BufferedImage(60, 40, BufferedImage.TYPE_INT_RGB);
    picture.setRGB(7, 9, 0x22AA55);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ImageIO.write(picture, "png", out);
    return out.toByteArray();
  }

  private static PostInput input(String title, String body, Long cover) {
    Instant wanted = Instant.now().plus(Duration.ofMinutes(5));
    return new PostInput(
        Category.ACTIVITY,
        title,
        "Science week",
        "ภาพกิจกรรมสัปดาห์วิทยาศาสตร์ของโรงเรียนในสังกัด",
        body,
        wanted,
        wanted.plus(Duration.ofDays(60)),
        false,
        true,
        false,
        Consent.HELD,
        Role.DEPUTY_DIRECTOR,
        cover);
  }

  @Test
  void aDraftReachesThePublicPageAndFeedThroughTheSevenTimedStepsWithItsApproval()
      throws Exception {
    String title = "สัปดาห์วิทยาศาสตร์ " + System.nanoTime() % 1_000_000;
    // step 1: the draft, saved and taken up again; its picture uploaded and put in the body
    long postId =
        requester.call(() -> drafts.save(null, null, input(title, "<p>ร่าง</p>", null), IP)).id();
    long picture =
        requester.call(
            () -> drafts.addFile(postId, new Upload("กิจกรรม.png", "image/png", png()), IP));
    String body =
        "<p>นักเรียนร่วมกิจกรรม<strong>การทดลอง</strong>อย่างสนุกสนาน</p>"
            + "<p><img src=\"attachment:"
            + picture
            + "\" alt=\"การทดลอง\"></p>";
    requester.call(() -> drafts.save(postId, null, input(title, body, picture), IP));
    // step 2: submitted
    RequestState filed = requester.call(() -> drafts.submit(postId, IP));
    long id = filed.id();
    assertEquals(3, currentStep(id), "proposed to the deputy director");

    // steps 3-4: one signature, bound to the content with the post's digest
    deputy.call(() -> approvals.approve(id, PASSWORD.toCharArray(), "อนุมัติ", IP));
    assertEquals(5, currentStep(id), "approved: staff draft it");
    RequestDetail approved = requester.call(() -> requests.request(id, THAI, IP));
    String signedSha = approved.approvals().get(approved.approvals().size() - 1).contentSha256();
    assertEquals(approved.contentSha256(), signedSha, "the signature covers the content as it is");

    // step 5: staff shape the layout (excerpt, image order), which keeps the approval, and preview
    staff.call(() -> drafting.take(id, IP));
    PublishingView v = staff.call(() -> desk.view(id)).orElseThrow();
    StaffEdit e = v.edit();
    staff.call(
        () ->
            drafting.save(
                id,
                new StaffEdit(
                    e.titleTh(),
                    e.titleEn(),
                    e.summary(),
                    e.bodyHtml().replace("strong>", "em>"),
                    "นักเรียนร่วมกิจกรรมการทดลอง",
                    e.coverFileId(),
                    e.fileOrder()),
                false,
                IP));
    assertEquals(5, currentStep(id), "a layout change keeps the approval");
    String token = staff.call(() -> drafting.preview(id, IP));
    assertEquals(6, currentStep(id), "the requester checks the preview");

    // step 6: the requester opens the preview and confirms
    PostView preview = requester.call(() -> desk.preview(token)).orElseThrow();
    assertEquals(title, preview.titleTh());
    assertEquals(ContentDigest.verificationCode(signedSha), preview.verificationCode());
    requester.call(() -> drafting.confirm(id, IP));
    assertEquals(7, currentStep(id));

    // step 7: staff publish now; the timer puts it live; the preview link dies
    staff.call(() -> drafting.publish(id, null, IP));
    releases.runDue(Instant.now().plusSeconds(1));
    assertTrue(requester.call(() -> desk.preview(token)).isEmpty(), "the preview died");

    RequestDetail done = requester.call(() -> requests.request(id, THAI, IP));
    assertEquals(RequestStatus.COMPLETED, done.status());
    List<TimelineStep> timeline = done.timeline();
    assertEquals(7, timeline.size());
    for (TimelineStep s : timeline) {
      assertNotNull(s.startedAt(), "step " + s.order() + " started");
      assertNotNull(s.finishedAt(), "step " + s.order() + " finished");
      assertNotNull(s.dueAt(), "step " + s.order() + " has its due time on the Thai calendar");
    }

    // the public page: the post, its picture, the approval line with the signature's code
    WebClient web = new WebClient();
    HttpResponse<String> page = web.get("/news/post/" + postId);
    assertEquals(200, page.statusCode(), page.body());
    String html = page.body();
    assertTrue(html.contains(title), "the title is online");
    assertTrue(html.contains("การทดลอง"), "the body is online");
    assertTrue(html.contains(ContentDigest.verificationCode(signedSha)), "the approval's code");
    assertTrue(html.contains("og:title"), "a shared link shows its title");
    assertTrue(page.headers().allValues("Set-Cookie").isEmpty(), "no session for a reader");

    // and the category's Atom feed
    HttpResponse<String> feed = web.get("/news/" + Category.ACTIVITY.slug() + "/feed.atom");
    assertEquals(200, feed.statusCode());
    assertTrue(feed.body().contains(title), "the feed carries the post");
  }

  /** The order of the step that runs now (started, not finished), or 0 when none runs. */
  private int currentStep(long id) throws Exception {
    return requester.call(() -> requests.request(id, THAI, IP)).timeline().stream()
        .filter(s -> s.startedAt() != null && s.finishedAt() == null)
        .mapToInt(TimelineStep::order)
        .findFirst()
        .orElse(0);
  }
}
