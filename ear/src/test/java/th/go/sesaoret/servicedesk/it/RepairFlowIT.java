package th.go.sesaoret.servicedesk.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
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
import th.go.sesaoret.servicedesk.audit.application.AuditSearch;
import th.go.sesaoret.servicedesk.audit.application.AuditTrail;
import th.go.sesaoret.servicedesk.catalog.domain.StandardUnit;
import th.go.sesaoret.servicedesk.catalog.domain.TimeStandard;
import th.go.sesaoret.servicedesk.notification.application.Inbox;
import th.go.sesaoret.servicedesk.notification.application.InboxRow;
import th.go.sesaoret.servicedesk.notification.domain.NoticeKind;
import th.go.sesaoret.servicedesk.notification.domain.WorkflowNotice;
import th.go.sesaoret.servicedesk.repair.application.RepairClosing;
import th.go.sesaoret.servicedesk.repair.application.RepairConfirmation;
import th.go.sesaoret.servicedesk.repair.application.RepairFiling;
import th.go.sesaoret.servicedesk.repair.application.RepairIntake;
import th.go.sesaoret.servicedesk.repair.application.RepairOrders;
import th.go.sesaoret.servicedesk.repair.application.RepairQueries;
import th.go.sesaoret.servicedesk.repair.application.RepairSheet;
import th.go.sesaoret.servicedesk.repair.application.RepairView;
import th.go.sesaoret.servicedesk.repair.application.RepairWork;
import th.go.sesaoret.servicedesk.repair.domain.Channel;
import th.go.sesaoret.servicedesk.repair.domain.Confirmation;
import th.go.sesaoret.servicedesk.repair.domain.EquipmentType;
import th.go.sesaoret.servicedesk.repair.domain.RepairForm;
import th.go.sesaoret.servicedesk.repair.domain.RepairKind;
import th.go.sesaoret.servicedesk.repair.domain.RepairNotice;
import th.go.sesaoret.servicedesk.repair.domain.RepairOrder;
import th.go.sesaoret.servicedesk.repair.domain.Resolution;
import th.go.sesaoret.servicedesk.repair.domain.Urgency;
import th.go.sesaoret.servicedesk.repair.domain.WorkLogKind;
import th.go.sesaoret.servicedesk.repair.infrastructure.RepairFormPdf;
import th.go.sesaoret.servicedesk.request.application.RequestQueries;
import th.go.sesaoret.servicedesk.request.application.RequestState;
import th.go.sesaoret.servicedesk.request.application.TimelineStep;
import th.go.sesaoret.servicedesk.request.domain.RequestStatus;
import th.go.sesaoret.servicedesk.security.domain.Role;
import th.go.sesaoret.servicedesk.shared.BusinessException;
import th.go.sesaoret.servicedesk.sla.application.WorkingCalendar;

/**
 * The repair service end to end on a real WildFly: the form, the clerk's intake, the signed order,
 * the technician's work with a pause for parts, the report with its completion notices through JMS
 * to the inboxes, the requester's rating, the auto-close, and the refusals.
 */
@ExtendWith(ArquillianExtension.class)
class RepairFlowIT {
  private static final Locale THAI = Locale.forLanguageTag("th");
  private static final String IP = "192.0.2.44";
  private static final String PASSWORD = "Dlict@2569";

  @Deployment
  static EnterpriseArchive deployment() {
    return Deployments.withTestClasses(RepairFlowIT.class);
  }

  @Inject RepairFiling filing;
  @Inject RepairIntake intake;
  @Inject RepairOrders orders;
  @Inject RepairWork work;
  @Inject RepairConfirmation confirmation;
  @Inject RepairQueries repairs;
  @Inject RepairClosing closing;
  @Inject RequestQueries requests;
  @Inject WorkingCalendar calendar;
  @Inject AuditTrail audit;
  @Inject Inbox inbox;
  @Inject AsRequester requester;
  @Inject AsOtherRequester otherRequester;
  @Inject AsClerk clerk;
  @Inject AsStaff staff;
  @Inject AsOtherTechnician otherTechnician;
  @Inject AsGroupDirector groupDirector;
  @Inject AsDirector director;
  @Inject AsAdmin admin;

  static RepairForm printerForm(String asset) {
    return new RepairForm(
        RepairKind.HARDWARE,
        EquipmentType.PRINTER,
        asset,
        "VNB3K12345",
        "อาคารอำนวยการ ชั้น 2",
        "ห้องกลุ่มบริหารงานบุคคล",
        "เครื่องพิมพ์ไม่ดึงกระดาษ มีเสียงดังผิดปกติ",
        Urgency.URGENT,
        "081-234-5678");
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

  private RepairView view(long id) throws Exception {
    return requester.call(() -> repairs.job(id, THAI, IP));
  }

  private List<TimelineStep> timeline(long id) throws Exception {
    return requester.call(() -> requests.request(id, THAI, IP)).timeline();
  }

  /** Filed, registered, forwarded and ordered to the demo technician. */
  private long ordered(String asset) throws Exception {
    long id = requester.call(() -> filing.file(printerForm(asset), List.of(), IP)).id();
    clerk.call(() -> intake.register(id, IP));
    clerk.call(() -> intake.forward(id, Role.GROUP_DIRECTOR, null, IP));
    groupDirector.call(
        () ->
            orders.approve(
                id, PASSWORD.toCharArray(), new RepairOrder("staff", null), "ดำเนินการ", IP));
    return id;
  }

  private long reported(String asset) throws Exception {
    long id = ordered(asset);
    staff.call(() -> work.accept(id, IP));
    staff.call(() -> work.resolve(id, Resolution.REPAIRED, null, IP));
    staff.call(() -> work.report(id, "ซ่อมเสร็จ ใช้งานได้ปกติ", IP));
    return id;
  }

  /** Notices go through JMS and a message-driven bean: wait for the inbox entry. */
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

  @Test
  void aRepairGoesFromTheFormToTheRatingEachStepTimedAgainstItsStandard() throws Exception {
    var photo = new Upload("printer.png", "image/png", png());
    RequestState filed =
        requester.call(() -> filing.file(printerForm("7440-001-0001/2565"), List.of(photo), IP));
    long id = filed.id();
    assertEquals(2, filed.currentStep(), "the form is step 1, done by filing");
    RepairView v = view(id);
    assertEquals(Channel.ONLINE, v.channel());
    assertEquals("0812345678", v.contactPhone());
    assertEquals("7440-001-0001/2565", v.assetNumber());

    // step 2: the clerk registers and forwards
    refused(
        "repair.intake.notRegistered",
        () -> clerk.call(() -> intake.forward(id, Role.GROUP_DIRECTOR, null, IP)));
    clerk.call(() -> intake.register(id, IP));
    v = view(id);
    assertTrue(v.receiptNumber().matches("\\d{4}/25\\d\\d"), v.receiptNumber());
    assertNotNull(v.receivedAt());
    clerk.call(() -> intake.forward(id, Role.GROUP_DIRECTOR, "เสนอพิจารณา", IP));
    waitForNotice(
        () -> groupDirector.call(() -> inbox.page(0, 500)), id, WorkflowNotice.APPROVAL_NEEDED);

    // step 3: the technicians' load, a wrong signature, then the order
    var load = groupDirector.call(() -> orders.technicianLoad());
    assertTrue(load.stream().anyMatch(t -> t.username().equals("staff")), load.toString());
    refused(
        "request.approval.badPassword",
        () ->
            groupDirector.call(
                () ->
                    orders.approve(
                        id, "wrong".toCharArray(), new RepairOrder("staff", null), null, IP)));
    groupDirector.call(
        () ->
            orders.approve(
                id, PASSWORD.toCharArray(), new RepairOrder("staff", null), "อนุมัติ", IP));
    waitForNotice(() -> requester.call(() -> inbox.page(0, 500)), id, WorkflowNotice.APPROVED);
    waitForNotice(() -> staff.call(() -> inbox.page(0, 500)), id, WorkflowNotice.STEP_WAITING);

    // step 4: the technician's queue, accept, log, pause for parts, resume, resolve
    assertTrue(
        staff.call(() -> repairs.myJobs(0, 500)).stream().anyMatch(j -> j.requestId() == id));
    staff.call(() -> work.accept(id, IP));
    staff.call(
        () -> work.log(id, "ตรวจสอบชุดดึงกระดาษ พบลูกยางสึก", "ลูกยางดึงกระดาษ 1 ชุด", 25, IP));
    Instant dueBeforePause = timeline(id).get(3).dueAt();
    staff.call(() -> work.pauseForParts(id, "รอลูกยางดึงกระดาษจากผู้จำหน่าย", IP));
    assertTrue(timeline(id).get(3).paused(), "the step's clock stops");
    assertEquals(RequestStatus.OPEN, view(id).status());
    waitForNotice(() -> requester.call(() -> inbox.page(0, 500)), id, RepairNotice.REPAIR_PAUSED);
    staff.call(() -> work.resume(id, "ได้รับอะไหล่แล้ว", IP));
    assertFalse(timeline(id).get(3).paused());
    assertFalse(
        timeline(id).get(3).dueAt().isBefore(dueBeforePause), "never earlier after a pause");
    staff.call(() -> work.resolve(id, Resolution.REPLACED, "เปลี่ยนลูกยางดึงกระดาษ", IP));

    // step 5: the report; the request completes; notices to the directors and the requester
    staff.call(() -> work.report(id, "เปลี่ยนลูกยางดึงกระดาษแล้ว ทดสอบพิมพ์ 20 แผ่น ปกติ", IP));
    v = view(id);
    assertEquals(RequestStatus.COMPLETED, v.status());
    assertEquals(Confirmation.PENDING, v.confirmation());
    assertTrue(v.may().confirm());
    waitForNotice(
        () -> groupDirector.call(() -> inbox.page(0, 500)), id, RepairNotice.REPAIR_REPORTED);
    waitForNotice(() -> director.call(() -> inbox.page(0, 500)), id, RepairNotice.REPAIR_REPORTED);
    waitForNotice(() -> requester.call(() -> inbox.page(0, 500)), id, RepairNotice.REPAIR_DONE);

    // every office-time step was due by its standard on the Thai calendar
    var cal = calendar.calendar();
    List<TimelineStep> steps = timeline(id);
    assertEquals(
        cal.due(steps.get(1).startedAt(), TimeStandard.of(30, StandardUnit.MINUTES)),
        steps.get(1).dueAt());
    assertEquals(
        cal.due(steps.get(2).startedAt(), TimeStandard.of(1, StandardUnit.HOURS)),
        steps.get(2).dueAt());
    assertFalse(
        steps
            .get(3)
            .dueAt()
            .isBefore(
                cal.due(steps.get(3).startedAt(), TimeStandard.of(1, StandardUnit.WORKING_DAYS))));
    assertEquals(
        cal.due(steps.get(4).startedAt(), TimeStandard.of(3, StandardUnit.WORKING_DAYS)),
        steps.get(4).dueAt());
    steps.forEach(s -> assertNotNull(s.onTime(), "step " + s.order() + " measured"));
    assertEquals("staff", steps.get(3).assignee());

    // the requester rates it
    requester.call(() -> confirmation.confirm(id, 5, "รวดเร็ว เรียบร้อย", IP));
    v = view(id);
    assertEquals(Confirmation.CONFIRMED, v.confirmation());
    assertEquals(5, v.rating());
    assertEquals(25, v.minutesLogged());
    assertEquals(
        List.of(
            WorkLogKind.ACCEPTED,
            WorkLogKind.WORK,
            WorkLogKind.PAUSED,
            WorkLogKind.RESUMED,
            WorkLogKind.RESOLVED,
            WorkLogKind.REPORTED),
        v.log().stream().map(l -> l.kind()).toList());

    // the equipment history lists it, the printed form carries its fields
    assertTrue(
        staff.call(() -> repairs.history("7440-001-0001/2565", 0, 50)).stream()
            .anyMatch(h -> h.requestId() == id && h.resolution() == Resolution.REPLACED));
    RepairSheet sheet = requester.call(() -> repairs.sheet(id, IP));
    assertEquals(v.number(), sheet.requestNumber());
    assertTrue(sheet.approval().startsWith("อนุมัติทางอิเล็กทรอนิกส์โดย "), sheet.approval());
    assertTrue(sheet.link().endsWith("/requests/view.xhtml?id=" + id), sheet.link());
    assertTrue(sheet.filedAt().contains("25"), "Buddhist era: " + sheet.filedAt());
    byte[] pdf = new RepairFormPdf().render(sheet);
    assertEquals("%PDF-", new String(pdf, 0, 5, StandardCharsets.US_ASCII));
  }

  @Test
  void anUnconfirmedRepairClosesItselfAfterThreeWorkingDays() throws Exception {
    long id = reported("7440-001-0002/2565");
    Instant closeDue = view(id).closeDueAt();
    assertEquals(
        calendar
            .calendar()
            .due(view(id).reportedAt(), TimeStandard.of(3, StandardUnit.WORKING_DAYS)),
        closeDue);
    closing.closeUnconfirmed(closeDue.minusSeconds(60));
    assertEquals(Confirmation.PENDING, view(id).confirmation());
    assertTrue(closing.closeUnconfirmed(closeDue) >= 1);
    RepairView v = view(id);
    assertEquals(Confirmation.AUTO_CLOSED, v.confirmation());
    assertEquals(closeDue, v.closedAt());
    assertFalse(v.may().confirm());
    refused(
        "repair.confirm.notAwaiting",
        () -> requester.call(() -> confirmation.confirm(id, 5, null, IP)));
    assertTrue(
        admin
            .call(
                () -> audit.search(new AuditSearch(null, "REPAIR_AUTO_CLOSE", null, null), 0, 500))
            .stream()
            .anyMatch(e -> Long.valueOf(id).equals(e.requestId())));
  }

  @Test
  void theRequesterReopensOnceAndTheSameTechnicianWorksAgain() throws Exception {
    long id = reported("7440-001-0003/2565");
    requester.call(() -> confirmation.reopen(id, "ยังมีเสียงดังตอนพิมพ์", IP));
    RepairView v = view(id);
    assertEquals(RequestStatus.OPEN, v.status());
    assertEquals(4, v.currentStep());
    waitForNotice(() -> staff.call(() -> inbox.page(0, 500)), id, RepairNotice.REPAIR_REOPENED);
    staff.call(() -> work.resolve(id, Resolution.REPAIRED, "ทำความสะอาดเฟือง", IP));
    staff.call(() -> work.report(id, "แก้ไขเสียงดังแล้ว", IP));
    assertFalse(view(id).may().reopen());
    refused(
        "repair.reopen.onlyOnce",
        () -> requester.call(() -> confirmation.reopen(id, "อีกครั้ง", IP)));
    requester.call(() -> confirmation.confirm(id, 3, null, IP));
  }

  @Test
  void noOneActsOnOrSeesARepairThatIsNotTheirs() throws Exception {
    long id = ordered("7440-001-0004/2565");
    // another technician: not assigned
    refused("request.step.notYours", () -> otherTechnician.call(() -> work.accept(id, IP)));
    staff.call(() -> work.accept(id, IP));
    refused(
        "repair.work.notYours",
        () -> otherTechnician.call(() -> work.log(id, "แอบแก้", null, 5, IP)));
    assertTrue(
        otherTechnician.call(() -> repairs.myJobs(0, 500)).stream()
            .noneMatch(j -> j.requestId() == id));
    // another requester: cannot see the repair or print its form (and it is audited)
    refused("request.notVisible", () -> otherRequester.call(() -> repairs.job(id, THAI, IP)));
    refused("request.notVisible", () -> otherRequester.call(() -> repairs.sheet(id, IP)));
    assertTrue(
        admin
            .call(() -> audit.search(new AuditSearch("somchai", "REPAIR_VIEW", null, null), 0, 50))
            .stream()
            .anyMatch(e -> Long.valueOf(id).equals(e.requestId())));
    // roles: a requester cannot run the technician's or the clerk's actions at all
    assertThrows(EJBAccessException.class, () -> requester.call(() -> work.accept(id, IP)));
    assertThrows(EJBAccessException.class, () -> requester.call(() -> intake.register(id, IP)));
    assertThrows(EJBAccessException.class, () -> requester.call(() -> repairs.history("x", 0, 5)));
  }

  @Test
  void theClerkFilesForAWalkInAndBadFilesAreRefusedWithNothingFiled() throws Exception {
    RequestState walkIn =
        clerk.call(
            () -> filing.fileFor("requester", printerForm("7440-001-0005/2565"), List.of(), IP));
    RepairView v = view(walkIn.id());
    assertEquals(Channel.ICT_ROOM, v.channel());
    assertEquals("clerk", requester.call(() -> requests.request(walkIn.id(), THAI, IP)).filedBy());
    refused(
        "request.requester.unknown",
        () -> clerk.call(() -> filing.fileFor("nobody-here", printerForm("1"), List.of(), IP)));

    long before = requester.call(() -> requests.countMyRequests());
    var html = "<html><script>alert(1)</script></html>".getBytes(StandardCharsets.UTF_8);
    BusinessException notAPhoto =
        assertThrows(
            BusinessException.class,
            () ->
                requester.call(
                    () ->
                        filing.file(
                            printerForm("7440-001-0006/2565"),
                            List.of(new Upload("photo.jpg", "image/jpeg", html)),
                            IP)));
    assertTrue(notAPhoto.key().startsWith("request.attachment."), notAPhoto.key());
    byte[] photo = png();
    var six =
        java.util.stream.IntStream.range(0, 6)
            .mapToObj(i -> new Upload("p" + i + ".png", "image/png", photo))
            .toList();
    refused(
        "request.attachment.tooMany",
        () -> requester.call(() -> filing.file(printerForm("7440-001-0006/2565"), six, IP)));
    refused(
        "request.attachment.tooLarge",
        () ->
            requester.call(
                () ->
                    filing.file(
                        printerForm("7440-001-0006/2565"),
                        List.of(new Upload("big.png", "image/png", new byte[5 * 1024 * 1024 + 1])),
                        IP)));
    assertEquals(before, requester.call(() -> requests.countMyRequests()), "nothing filed");
  }
}
