package th.go.sesaoret.servicedesk.it;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import javax.imageio.ImageIO;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.function.Executable;
import th.go.sesaoret.servicedesk.attachment.domain.Upload;
import th.go.sesaoret.servicedesk.audit.application.AuditSearch;
import th.go.sesaoret.servicedesk.audit.application.AuditTrail;
import th.go.sesaoret.servicedesk.repair.application.RepairFiling;
import th.go.sesaoret.servicedesk.repair.application.RepairQueries;
import th.go.sesaoret.servicedesk.repair.domain.EquipmentType;
import th.go.sesaoret.servicedesk.repair.domain.RepairForm;
import th.go.sesaoret.servicedesk.repair.domain.RepairKind;
import th.go.sesaoret.servicedesk.repair.domain.Urgency;
import th.go.sesaoret.servicedesk.request.application.ActingOfficials;
import th.go.sesaoret.servicedesk.request.application.MyRequestSort;
import th.go.sesaoret.servicedesk.request.application.RequestDetail;
import th.go.sesaoret.servicedesk.request.application.RequestQueries;
import th.go.sesaoret.servicedesk.request.application.RequestTrail;
import th.go.sesaoret.servicedesk.security.domain.Role;
import th.go.sesaoret.servicedesk.shared.BusinessException;
import th.go.sesaoret.servicedesk.shared.OfficeTime;
import th.go.sesaoret.servicedesk.shared.list.ListPage;
import th.go.sesaoret.servicedesk.shared.list.ListQuery;

/**
 * The one visibility check of every read: the request's page, its history, an attachment, the
 * repair's own part and its paper form, and the lists answer alike. A plain requester is refused
 * another's request (the same refusal as for one that does not exist, audited); appointed as an
 * acting official for today, the same person sees it everywhere at once.
 */
@ExtendWith(ArquillianExtension.class)
class VisibilityIT {
  private static final Locale THAI = Locale.forLanguageTag("th");
  private static final String IP = "192.0.2.61";
  private static final String NOT_VISIBLE = "request.notVisible";

  @Deployment
  static EnterpriseArchive deployment() {
    return Deployments.withTestClasses(VisibilityIT.class, AsActingViewer.class);
  }

  @Inject RepairFiling filing;
  @Inject RequestQueries requests;
  @Inject RequestTrail trail;
  @Inject RepairQueries repairs;
  @Inject ActingOfficials acting;
  @Inject AuditTrail audit;
  @Inject AsRequester requester;
  @Inject AsActingViewer viewer;
  @Inject AsAdmin admin;

  private static RepairForm form() {
    return new RepairForm(
        RepairKind.HARDWARE,
        EquipmentType.PRINTER,
        "7440-009-0001/2569",
        null,
        "อาคารอำนวยการ ชั้น 1",
        "ห้องกลุ่มนโยบายและแผน",
        "เครื่องพิมพ์พิมพ์ไม่ออก",
        Urgency.NORMAL,
        "081-234-5678");
  }

  private static byte[] png() throws IOException {
    BufferedImage picture = new BufferedImage(20, 20, BufferedImage.TYPE_INT_RGB);
    picture.setRGB(3, 3, 0x22AA44);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ImageIO.write(picture, "png", out);
    return out.toByteArray();
  }

  private static void refused(Executable read) {
    assertEquals(NOT_VISIBLE, assertThrows(BusinessException.class, read).key());
  }

  @Test
  void everyReadAnswersByTheSameRuleAndAnActingOfficialSeesWhatTheOfficeSees() throws Exception {
    byte[] photo = png();
    long id =
        requester
            .call(
                () -> filing.file(form(), List.of(new Upload("photo.png", "image/png", photo)), IP))
            .id();
    RequestDetail own = requester.call(() -> requests.request(id, THAI, IP));
    long file = own.attachments().get(0).id();
    long missing = Long.MAX_VALUE - 7;

    // a plain requester: every read of another's request is refused, like one that does not exist
    refused(() -> viewer.call(() -> requests.request(id, THAI, IP)));
    refused(() -> viewer.call(() -> requests.request(missing, THAI, IP)));
    refused(() -> viewer.call(() -> trail.history(id, THAI, IP, 0, 10)));
    refused(() -> viewer.call(() -> trail.countHistory(id, IP)));
    refused(() -> viewer.call(() -> requests.attachment(file, IP)));
    refused(() -> viewer.call(() -> repairs.job(id, THAI, IP)));
    refused(() -> viewer.call(() -> repairs.job(missing, THAI, IP)));
    refused(() -> viewer.call(() -> repairs.sheet(id, IP)));
    var search = ListQuery.sortedBy(MyRequestSort.SUBMITTED, false).searching(own.number());
    assertEquals(0L, viewer.call(() -> requests.countMyRequests(search)));
    assertEquals(1L, requester.call(() -> requests.countMyRequests(search)));
    assertEquals(
        1,
        admin
            .call(
                () ->
                    audit.search(
                        new AuditSearch("acting.viewer", "REPAIR_PRINT", null, null), 0, 10))
            .size(),
        "the refusal is audited under the read's own action");

    // acting for an approver today: the same person sees the request, its history, its files
    // and its repair part, through the one check
    LocalDate today = LocalDate.now(OfficeTime.ZONE);
    admin.call(() -> acting.appoint(Role.GROUP_DIRECTOR, "acting.viewer", today, today, IP));
    assertEquals(own.number(), viewer.call(() -> requests.request(id, THAI, IP)).number());
    assertTrue(viewer.call(() -> trail.countHistory(id, IP)) > 0);
    assertEquals(
        viewer.call(() -> trail.countHistory(id, IP)),
        (long) viewer.call(() -> trail.history(id, THAI, IP, 0, 50)).size());
    assertArrayEquals(photo, viewer.call(() -> requests.attachment(file, IP)).content());
    assertEquals("7440-009-0001/2569", viewer.call(() -> repairs.job(id, THAI, IP)).assetNumber());
    assertEquals(own.number(), viewer.call(() -> repairs.sheet(id, IP)).requestNumber());
    // "My requests" stays the viewer's own: seeing a request does not make it theirs
    assertEquals(0L, viewer.call(() -> requests.countMyRequests(search)));
    assertEquals(0, viewer.call(() -> requests.myRequests(search, new ListPage(0, 10))).size());
    // an unknown request is still refused alike
    refused(() -> viewer.call(() -> requests.request(missing, THAI, IP)));
  }
}
