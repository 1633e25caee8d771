package th.go.sesaoret.servicedesk.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import th.go.sesaoret.servicedesk.approval.application.ApprovalDesk;
import th.go.sesaoret.servicedesk.approval.application.DeskConfirmation;
import th.go.sesaoret.servicedesk.approval.application.DeskItem;
import th.go.sesaoret.servicedesk.approval.application.DeskSignature;
import th.go.sesaoret.servicedesk.approval.application.DeskSort;
import th.go.sesaoret.servicedesk.approval.domain.BatchResult;
import th.go.sesaoret.servicedesk.approval.domain.SlaState;
import th.go.sesaoret.servicedesk.catalog.domain.ServiceCode;
import th.go.sesaoret.servicedesk.repair.application.RepairFiling;
import th.go.sesaoret.servicedesk.repair.application.RepairIntake;
import th.go.sesaoret.servicedesk.repair.application.RepairOrders;
import th.go.sesaoret.servicedesk.repair.domain.EquipmentType;
import th.go.sesaoret.servicedesk.repair.domain.RepairForm;
import th.go.sesaoret.servicedesk.repair.domain.RepairKind;
import th.go.sesaoret.servicedesk.repair.domain.RepairOrder;
import th.go.sesaoret.servicedesk.repair.domain.Urgency;
import th.go.sesaoret.servicedesk.request.application.ActingOfficials;
import th.go.sesaoret.servicedesk.request.application.RequestQueries;
import th.go.sesaoret.servicedesk.request.domain.RequestStatus;
import th.go.sesaoret.servicedesk.security.domain.Role;
import th.go.sesaoret.servicedesk.shared.BusinessException;
import th.go.sesaoret.servicedesk.shared.list.ListPage;
import th.go.sesaoret.servicedesk.shared.list.ListQuery;

/**
 * The approval desk against the running application: who sees which waiting approvals (the ICT
 * group director, the director who may take them, the deputy who may not, a clerk acting for the
 * group director today), and a batch signed with one password, each item against the hash it was
 * shown: a changed item and one taken meanwhile are refused while the others sign; a wrong password
 * signs nothing.
 */
@ExtendWith(ArquillianExtension.class)
class ApprovalDeskIT {
  private static final String IP = "192.0.2.13";
  private static final String PASSWORD = "Dlict@2569";
  private static final ListPage PAGE = new ListPage(0, 50);

  @Deployment
  static EnterpriseArchive deployment() {
    return Deployments.withTestClasses(ApprovalDeskIT.class, ApprovalDeskFixture.class);
  }

  @Inject ApprovalDesk desk;
  @Inject RepairFiling filing;
  @Inject RepairIntake intake;
  @Inject RepairOrders orders;
  @Inject RequestQueries requests;
  @Inject ActingOfficials acting;
  @Inject ApprovalDeskFixture fixture;
  @Inject AsRequester requester;
  @Inject AsClerk clerk;
  @Inject AsGroupDirector groupDirector;
  @Inject AsDirector director;
  @Inject AsDeputy deputy;
  @Inject AsStaff staff;
  @Inject AsAdmin admin;

  /** A repair filed, registered and forwarded: waiting for the ICT group director (step 3). */
  private long waiting(String asset) throws Exception {
    long id = requester.call(() -> filing.file(form(asset), List.of(), IP)).id();
    clerk.call(() -> intake.register(id, IP));
    clerk.call(() -> intake.forward(id, Role.GROUP_DIRECTOR, null, IP));
    return id;
  }

  private static RepairForm form(String asset) {
    return new RepairForm(
        RepairKind.HARDWARE,
        EquipmentType.PRINTER,
        asset,
        "VNB3K99999",
        "อาคารอำนวยการ ชั้น 2",
        "ห้องกลุ่มนโยบายและแผน",
        "เครื่องพิมพ์กระดาษติดบ่อย",
        Urgency.NORMAL,
        "081-234-5678");
  }

  private static Map<Long, DeskItem> byRequest(List<DeskItem> items) {
    return items.stream().collect(Collectors.toMap(DeskItem::requestId, Function.identity()));
  }

  private static ListQuery<DeskSort> oldestDue() {
    return ListQuery.sortedBy(DeskSort.DUE, true);
  }

  private RequestStatus status(long id) throws Exception {
    return requester.call(() -> requests.request(id, java.util.Locale.ENGLISH, IP)).status();
  }

  /**
   * Earlier test classes on the same server may have left today's appointments (the engine keeps
   * them to their last day): here the deputy director, the group director and the staff member act
   * in their own roles.
   */
  @org.junit.jupiter.api.BeforeEach
  void noAppointmentsLeftByOtherTests() {
    fixture.endActing("deputy");
    fixture.endActing("staff");
    fixture.endActing("groupdirector");
  }

  @Test
  void eachApproverSeesWhatWaitsForThem() throws Exception {
    long a = waiting("7440-013-0001/2569");
    long b = waiting("7440-013-0002/2569");
    Map<Long, DeskItem> gd = byRequest(groupDirector.call(() -> desk.waiting(oldestDue(), PAGE)));
    assertTrue(gd.keySet().containsAll(Set.of(a, b)), "the group director's desk: " + gd.keySet());
    DeskItem item = gd.get(a);
    assertEquals(ServiceCode.REPAIR, item.service());
    assertEquals(Role.GROUP_DIRECTOR, item.actingRole());
    assertEquals(SlaState.ON_TIME, item.sla());
    assertNotNull(item.requesterName());
    // the director may take the group director's approvals; the deputy director may not
    assertTrue(
        byRequest(director.call(() -> desk.waiting(oldestDue(), PAGE))).keySet().contains(a));
    assertFalse(byRequest(deputy.call(() -> desk.waiting(oldestDue(), PAGE))).keySet().contains(a));
    assertEquals(true, groupDirector.call(() -> desk.opens()));
    // filtered by service and by the requester's name
    // (other test classes on this server may leave publications waiting: the repairs are not there)
    Map<Long, DeskItem> publications =
        byRequest(
            groupDirector.call(
                () -> desk.waiting(oldestDue().inService(ServiceCode.PUBLICATION), PAGE)));
    assertFalse(
        publications.containsKey(a) || publications.containsKey(b), publications.toString());
    assertTrue(
        publications.values().stream().allMatch(i -> i.service() == ServiceCode.PUBLICATION),
        "only publications");
    assertTrue(
        byRequest(groupDirector.call(() -> desk.waiting(oldestDue().searching("สมชาย"), PAGE)))
            .containsKey(a));
    assertFalse(
        byRequest(
                groupDirector.call(
                    () -> desk.waiting(oldestDue().searching("ไม่มีใครชื่อนี้"), PAGE)))
            .containsKey(a));
    long counted = groupDirector.call(() -> desk.countWaiting(oldestDue()));
    assertTrue(counted >= 2);

    // a clerk has no desk, until appointed to act for the group director today
    assertEquals(false, clerk.call(() -> desk.opens()));
    assertTrue(clerk.call(() -> desk.waiting(oldestDue(), PAGE)).isEmpty());
    LocalDate today = LocalDate.now(ZoneId.of("Asia/Bangkok"));
    admin.call(() -> acting.appoint(Role.GROUP_DIRECTOR, "clerk", today, today, IP));
    try {
      assertEquals(true, clerk.call(() -> desk.opens()));
      assertTrue(byRequest(clerk.call(() -> desk.waiting(oldestDue(), PAGE))).keySet().contains(b));
      // and signs it from the desk, with their own password and an order
      DeskConfirmation shown = clerk.call(() -> desk.confirm(List.of(gd.get(b).stepId()))).get(0);
      assertTrue(shown.takesChoice(), "the repair takes an order");
      assertTrue(shown.choices().stream().anyMatch(c -> c.value().equals("staff")));
      BatchResult result =
          clerk.call(
              () ->
                  desk.sign(
                      List.of(new DeskSignature(shown.stepId(), shown.sha256(), "staff")),
                      PASSWORD.toCharArray(),
                      "ดำเนินการแทน",
                      IP));
      assertTrue(result.allSigned(), () -> result.toString());
    } finally {
      fixture.endActing("clerk");
    }
    assertEquals(false, clerk.call(() -> desk.opens()));
    // the other one signed by the group director, so nothing is left waiting
    DeskConfirmation left =
        groupDirector.call(() -> desk.confirm(List.of(gd.get(a).stepId()))).get(0);
    groupDirector.call(
        () ->
            desk.sign(
                List.of(new DeskSignature(left.stepId(), left.sha256(), "staff")),
                PASSWORD.toCharArray(),
                null,
                IP));
  }

  @Test
  void oneChangedItemAndOneTakenAreRefusedWhileTheOthersSign() throws Exception {
    long a = waiting("7440-013-0011/2569");
    long b = waiting("7440-013-0012/2569");
    long c = waiting("7440-013-0013/2569");
    long d = waiting("7440-013-0014/2569");
    Map<Long, DeskItem> gd = byRequest(groupDirector.call(() -> desk.waiting(oldestDue(), PAGE)));
    List<Long> steps = List.of(a, b, c, d).stream().map(id -> gd.get(id).stepId()).toList();
    List<DeskConfirmation> shown = groupDirector.call(() -> desk.confirm(steps));
    assertEquals(4, shown.size());
    assertEquals(4, shown.stream().map(DeskConfirmation::verificationCode).distinct().count());
    // after it was shown: c's content changes; d is signed by the director
    fixture.retitle(c, "แจ้งซ่อมเครื่องพิมพ์ (แก้ไขแล้ว)");
    director.call(
        () -> orders.approve(d, PASSWORD.toCharArray(), new RepairOrder("staff", null), null, IP));
    BatchResult result =
        groupDirector.call(
            () ->
                desk.sign(
                    shown.stream()
                        .map(s -> new DeskSignature(s.stepId(), s.sha256(), "staff"))
                        .toList(),
                    PASSWORD.toCharArray(),
                    "อนุมัติ",
                    IP));
    assertEquals(2, result.signed(), () -> result.toString());
    assertEquals(2, result.refused());
    Map<Long, BatchResult.Item> items =
        result.items().stream()
            .collect(Collectors.toMap(BatchResult.Item::stepId, Function.identity()));
    assertTrue(items.get(steps.get(0)).isSigned());
    assertTrue(items.get(steps.get(1)).isSigned());
    assertEquals(shown.get(0).verificationCode(), items.get(steps.get(0)).verificationCode());
    assertEquals("approval.desk.changed", items.get(steps.get(2)).refusalKey());
    assertFalse(items.get(steps.get(3)).isSigned());
    // the signed ones went on to the technician; the changed one still waits for a signature
    Map<Long, DeskItem> after =
        byRequest(groupDirector.call(() -> desk.waiting(oldestDue(), PAGE)));
    assertFalse(after.containsKey(a));
    assertFalse(after.containsKey(b));
    assertTrue(after.containsKey(c));
    assertFalse(after.containsKey(d));
    assertEquals(RequestStatus.OPEN, status(c));
    // shown again, it signs
    DeskConfirmation again = groupDirector.call(() -> desk.confirm(List.of(steps.get(2)))).get(0);
    BatchResult second =
        groupDirector.call(
            () ->
                desk.sign(
                    List.of(new DeskSignature(again.stepId(), again.sha256(), "staff")),
                    PASSWORD.toCharArray(),
                    null,
                    IP));
    assertTrue(second.allSigned(), () -> second.toString());
  }

  @Test
  void aWrongPasswordSignsNothing() throws Exception {
    long a = waiting("7440-013-0021/2569");
    long b = waiting("7440-013-0022/2569");
    Map<Long, DeskItem> gd = byRequest(groupDirector.call(() -> desk.waiting(oldestDue(), PAGE)));
    List<DeskConfirmation> shown =
        groupDirector.call(() -> desk.confirm(List.of(gd.get(a).stepId(), gd.get(b).stepId())));
    List<DeskSignature> items =
        shown.stream().map(s -> new DeskSignature(s.stepId(), s.sha256(), "staff")).toList();
    BusinessException e =
        assertThrows(
            BusinessException.class,
            () ->
                groupDirector.call(
                    () -> desk.sign(items, "not-my-password".toCharArray(), null, IP)));
    assertEquals("request.approval.badPassword", e.key());
    Map<Long, DeskItem> after =
        byRequest(groupDirector.call(() -> desk.waiting(oldestDue(), PAGE)));
    assertTrue(after.keySet().containsAll(Set.of(a, b)));
    // a repair item without an order is refused by the repair's own rule, the other signs
    BatchResult result =
        groupDirector.call(
            () ->
                desk.sign(
                    List.of(
                        new DeskSignature(items.get(0).stepId(), items.get(0).shownSha256(), null),
                        items.get(1)),
                    PASSWORD.toCharArray(),
                    null,
                    IP));
    assertEquals(1, result.signed());
    assertEquals("repair.order.required", result.items().get(0).refusalKey());
    DeskConfirmation left =
        groupDirector.call(() -> desk.confirm(List.of(gd.get(a).stepId()))).get(0);
    groupDirector.call(
        () ->
            desk.sign(
                List.of(new DeskSignature(left.stepId(), left.sha256(), "staff")),
                PASSWORD.toCharArray(),
                null,
                IP));
    // nobody else's desk: a staff member without an appointment is refused nothing but sees none
    assertTrue(staff.call(() -> desk.waiting(oldestDue(), PAGE)).isEmpty());
  }
}
