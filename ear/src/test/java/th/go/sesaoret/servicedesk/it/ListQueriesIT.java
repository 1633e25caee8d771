package th.go.sesaoret.servicedesk.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import th.go.sesaoret.servicedesk.catalog.domain.ServiceCode;
import th.go.sesaoret.servicedesk.notification.application.Inbox;
import th.go.sesaoret.servicedesk.notification.application.InboxRow;
import th.go.sesaoret.servicedesk.notification.application.InboxSort;
import th.go.sesaoret.servicedesk.repair.application.RepairFiling;
import th.go.sesaoret.servicedesk.repair.application.RepairIntake;
import th.go.sesaoret.servicedesk.repair.application.RepairOrders;
import th.go.sesaoret.servicedesk.repair.application.RepairQueries;
import th.go.sesaoret.servicedesk.repair.application.RepairWork;
import th.go.sesaoret.servicedesk.repair.application.TechnicianJobRow;
import th.go.sesaoret.servicedesk.repair.application.TechnicianJobSort;
import th.go.sesaoret.servicedesk.repair.application.TechnicianJobState;
import th.go.sesaoret.servicedesk.repair.domain.RepairOrder;
import th.go.sesaoret.servicedesk.request.application.MyRequestRow;
import th.go.sesaoret.servicedesk.request.application.MyRequestSort;
import th.go.sesaoret.servicedesk.request.application.RequestQueries;
import th.go.sesaoret.servicedesk.request.application.RequestState;
import th.go.sesaoret.servicedesk.request.application.RequestSubmission;
import th.go.sesaoret.servicedesk.request.application.StepActions;
import th.go.sesaoret.servicedesk.request.application.WorkItem;
import th.go.sesaoret.servicedesk.request.application.WorkQueueSort;
import th.go.sesaoret.servicedesk.request.domain.RequestStatus;
import th.go.sesaoret.servicedesk.security.domain.Role;
import th.go.sesaoret.servicedesk.shared.list.ListPage;
import th.go.sesaoret.servicedesk.shared.list.ListQuery;

/**
 * The lists' search, filters, sort and paging, computed by the database on a real WildFly (issue 8,
 * finding 17): "my requests", the work queue, the technician's jobs and the inbox find by number,
 * title and the requester's full name, filter by service, state, overdue and waiting for the
 * viewer, sort by every whitelisted column in both directions and page without overlap. The
 * requests on the general form are of {@link GeneralServiceFixture}'s test service (the manual's
 * services have forms of their own).
 */
@ExtendWith(ArquillianExtension.class)
class ListQueriesIT {
  private static final String IP = "192.0.2.81";
  private static final String PASSWORD = "Dlict@2569";
  private static final String REQUESTER_NAME = "ครูสมชาย ใจดี";
  private static final ListPage FIRST_50 = new ListPage(0, 50);
  private static final ServiceCode GENERAL = ServiceCode.of(GeneralServiceFixture.CODE);

  @Deployment
  static EnterpriseArchive deployment() {
    return Deployments.withTestClasses(
        ListQueriesIT.class, ListFixture.class, RepairFlowIT.class, GeneralServiceFixture.class);
  }

  @Inject RequestSubmission submission;
  @Inject StepActions steps;
  @Inject RequestQueries queries;
  @Inject RepairFiling filing;
  @Inject RepairIntake intake;
  @Inject RepairOrders orders;
  @Inject RepairWork work;
  @Inject RepairQueries repairs;
  @Inject Inbox inbox;
  @Inject ListFixture fixture;
  @Inject AsRequester requester;
  @Inject AsOtherRequester otherRequester;
  @Inject AsClerk clerk;
  @Inject AsStaff staff;
  @Inject AsGroupDirector groupDirector;
  @Inject AsDeputy deputy;
  @Inject AsDirector director;
  @Inject GeneralServiceFixture general;

  @BeforeEach
  void addTheGeneralService() {
    general.add();
  }

  @AfterEach
  void removeTheGeneralService() {
    general.remove();
  }

  private static String token() {
    return "LQ" + ThreadLocalRandom.current().nextInt(100_000, 1_000_000);
  }

  private RequestState generalRequest(String title) throws Exception {
    return requester.call(() -> submission.submit(GENERAL, title, "หน้าข่าว", List.of(), IP));
  }

  private RequestState othersGeneralRequest(String title) throws Exception {
    return otherRequester.call(() -> submission.submit(GENERAL, title, "หน้าข่าว", List.of(), IP));
  }

  private static ListQuery<MyRequestSort> mine(String search) {
    return ListQuery.sortedBy(MyRequestSort.SUBMITTED, false).searching(search);
  }

  private static List<Long> ids(List<MyRequestRow> rows) {
    return rows.stream().map(MyRequestRow::id).toList();
  }

  @Test
  void myRequestsAreFoundByNumberTitleAndNameFilteredSortedAndPaged() throws Exception {
    String token = token();
    List<RequestState> filed = new ArrayList<>();
    for (int i = 1; i <= 11; i++) {
      filed.add(generalRequest(token + " ข่าว " + String.format("%02d", i)));
    }
    RequestState others = othersGeneralRequest(token + " ของผู้อื่น");

    // search by title: only the caller's own, never another requester's
    List<MyRequestRow> found = requester.call(() -> queries.myRequests(mine(token), FIRST_50));
    assertEquals(11, found.size());
    assertFalse(ids(found).contains(others.id()), "another requester's request is not mine");
    assertEquals(11L, requester.call(() -> queries.countMyRequests(mine(token))));
    // by number, exactly that request
    RequestState third = filed.get(2);
    List<MyRequestRow> byNumber =
        requester.call(() -> queries.myRequests(mine(third.number()), FIRST_50));
    assertEquals(List.of(third.id()), ids(byNumber));
    // by the requester's full name: all of the caller's requests
    assertEquals(
        requester.call(() -> queries.countMyRequests()),
        requester.call(() -> queries.countMyRequests(mine(REQUESTER_NAME))));
    // the search's wildcards are the text's own
    assertEquals(0L, requester.call(() -> queries.countMyRequests(mine(token + "%"))));

    // sort by title, both ways; newest first by default
    var byTitle = mine(token).sorted(MyRequestSort.TITLE, true);
    List<MyRequestRow> asc = requester.call(() -> queries.myRequests(byTitle, FIRST_50));
    assertEquals(filed.stream().map(RequestState::id).toList(), ids(asc));
    List<MyRequestRow> desc =
        requester.call(
            () -> queries.myRequests(byTitle.sorted(MyRequestSort.TITLE, false), FIRST_50));
    assertEquals(filed.get(10).id(), desc.get(0).id());
    assertEquals(filed.get(10).id(), found.get(0).id(), "newest first by default");

    // paging: 10 and 1, no row twice
    List<MyRequestRow> page1 =
        requester.call(() -> queries.myRequests(byTitle, new ListPage(0, 10)));
    List<MyRequestRow> page2 =
        requester.call(() -> queries.myRequests(byTitle, new ListPage(10, 10)));
    assertEquals(10, page1.size());
    assertEquals(1, page2.size());
    Set<Long> seen = new HashSet<>(ids(page1));
    assertTrue(seen.add(page2.get(0).id()));
    assertEquals(filed.get(10).id(), page2.get(0).id());

    // filters: service, state, waiting for me, overdue
    assertEquals(
        11L, requester.call(() -> queries.countMyRequests(mine(token).inService(GENERAL))));
    assertEquals(
        0L,
        requester.call(() -> queries.countMyRequests(mine(token).inService(ServiceCode.REPAIR))));
    assertEquals(0L, requester.call(() -> queries.countMyRequests(mine(token).waitingOnly(true))));
    long returned = filed.get(4).id();
    long step3 = stepOf(returned, 3);
    deputy.call(() -> steps.returnForCorrection(step3, "กรุณาแนบภาพประกอบ", IP));
    List<MyRequestRow> waiting =
        requester.call(() -> queries.myRequests(mine(token).waitingOnly(true), FIRST_50));
    assertEquals(List.of(returned), ids(waiting));
    assertTrue(waiting.get(0).waitingForMe());
    assertEquals(
        List.of(returned),
        ids(
            requester.call(
                () -> queries.myRequests(mine(token).inState(RequestStatus.RETURNED), FIRST_50))));
    assertEquals(
        10L,
        requester.call(() -> queries.countMyRequests(mine(token).inState(RequestStatus.OPEN))));
    assertEquals(0L, requester.call(() -> queries.countMyRequests(mine(token).overdueOnly(true))));
    long late = filed.get(7).id();
    fixture.dueAt(late, 3, Instant.now().minus(Duration.ofDays(2)));
    assertEquals(
        List.of(late),
        ids(requester.call(() -> queries.myRequests(mine(token).overdueOnly(true), FIRST_50))));

    // every whitelisted column sorts in the database, both ways
    for (MyRequestSort sort : MyRequestSort.values()) {
      for (boolean ascending : new boolean[] {true, false}) {
        assertEquals(
            11,
            requester
                .call(() -> queries.myRequests(mine(token).sorted(sort, ascending), FIRST_50))
                .size(),
            sort + " " + ascending);
      }
    }
  }

  @Test
  void theWorkQueueFindsByRequesterAndMarksOnlyTheViewersOwnSteps() throws Exception {
    String token = token();
    RequestState a = generalRequest(token + " ก");
    RequestState b = generalRequest(token + " ข");
    RequestState others = othersGeneralRequest(token + " ค");
    var query = ListQuery.sortedBy(WorkQueueSort.DUE, true).searching(token);

    List<WorkItem> deputys = deputy.call(() -> queries.workQueue(query, FIRST_50));
    assertEquals(
        Set.of(a.id(), b.id(), others.id()),
        new HashSet<>(deputys.stream().map(WorkItem::requestId).toList()));
    assertTrue(deputys.stream().allMatch(WorkItem::waitingForMe), "step 3 is the deputy's own");
    assertEquals(
        REQUESTER_NAME,
        deputys.stream()
            .filter(w -> w.requestId().equals(a.id()))
            .findFirst()
            .orElseThrow()
            .requesterName());
    // by number and by the requester's name
    assertEquals(
        List.of(b.id()),
        deputy.call(() -> queries.workQueue(query.searching(b.number()), FIRST_50)).stream()
            .map(WorkItem::requestId)
            .toList());
    List<WorkItem> byName =
        deputy.call(
            () ->
                queries.workQueue(
                    ListQuery.sortedBy(WorkQueueSort.DUE, true).searching(REQUESTER_NAME),
                    new ListPage(0, 50)));
    assertTrue(byName.stream().allMatch(w -> REQUESTER_NAME.equals(w.requesterName())));
    assertTrue(byName.stream().noneMatch(w -> w.requestId().equals(others.id())));

    // the director oversees the deputy's steps: listed, but not waiting for him
    assertEquals(3L, director.call(() -> queries.countWorkQueue(query)));
    assertEquals(0L, director.call(() -> queries.countWorkQueue(query.waitingOnly(true))));
    assertTrue(
        director.call(() -> queries.workQueue(query, FIRST_50)).stream()
            .noneMatch(WorkItem::waitingForMe));
    assertEquals(3L, deputy.call(() -> queries.countWorkQueue(query.waitingOnly(true))));

    // service and overdue filters, sorted by number both ways
    assertEquals(
        0L, deputy.call(() -> queries.countWorkQueue(query.inService(ServiceCode.REPAIR))));
    fixture.dueAt(b.id(), 3, Instant.now().minus(Duration.ofDays(1)));
    assertEquals(
        List.of(b.id()),
        deputy.call(() -> queries.workQueue(query.overdueOnly(true), FIRST_50)).stream()
            .map(WorkItem::requestId)
            .toList());
    assertEquals(b.id(), deputys(query, WorkQueueSort.DUE, true).get(0), "soonest due first");
    List<Long> numbersAsc = deputys(query, WorkQueueSort.NUMBER, true);
    List<Long> numbersDesc = deputys(query, WorkQueueSort.NUMBER, false);
    List<Long> reversed = new ArrayList<>(numbersDesc);
    java.util.Collections.reverse(reversed);
    assertEquals(numbersAsc, reversed);
    for (WorkQueueSort sort : WorkQueueSort.values()) {
      assertEquals(3, deputys(query, sort, true).size(), sort.name());
      assertEquals(3, deputys(query, sort, false).size(), sort.name());
    }
  }

  private List<Long> deputys(ListQuery<WorkQueueSort> query, WorkQueueSort sort, boolean asc)
      throws Exception {
    return deputy.call(() -> queries.workQueue(query.sorted(sort, asc), FIRST_50)).stream()
        .map(WorkItem::requestId)
        .toList();
  }

  @Test
  void theTechniciansJobsFilterByStateAndSortByUrgency() throws Exception {
    String token = token();
    long accepted = orderedToStaff(token + "-1");
    long waitingToAccept = orderedToStaff(token + "-2");
    staff.call(() -> work.accept(accepted, IP));
    var query = ListQuery.sortedBy(TechnicianJobSort.DUE, true).searching(token);

    assertEquals(
        Set.of(accepted, waitingToAccept),
        new HashSet<>(jobs(query).stream().map(TechnicianJobRow::requestId).toList()));
    assertTrue(jobs(query).stream().allMatch(TechnicianJobRow::waitingForMe));
    assertTrue(jobs(query).stream().allMatch(j -> REQUESTER_NAME.equals(j.requesterName())));
    assertEquals(
        List.of(waitingToAccept),
        jobs(query.inState(TechnicianJobState.NOT_ACCEPTED)).stream()
            .map(TechnicianJobRow::requestId)
            .toList());
    assertEquals(
        List.of(accepted),
        jobs(query.inState(TechnicianJobState.IN_PROGRESS)).stream()
            .map(TechnicianJobRow::requestId)
            .toList());
    assertEquals(0, jobs(query.inState(TechnicianJobState.REPORTING)).size());
    staff.call(() -> work.pauseForParts(accepted, "รออะไหล่ลูกยาง", IP));
    assertEquals(
        List.of(accepted),
        jobs(query.inState(TechnicianJobState.HELD)).stream()
            .map(TechnicianJobRow::requestId)
            .toList());
    assertEquals(
        List.of(waitingToAccept),
        jobs(query.waitingOnly(true)).stream().map(TechnicianJobRow::requestId).toList(),
        "a job held for parts does not wait for the technician");
    fixture.dueAt(waitingToAccept, 4, Instant.now().minus(Duration.ofDays(1)));
    assertEquals(1L, staff.call(() -> repairs.countMyJobs(query.overdueOnly(true))));
    for (TechnicianJobSort sort : TechnicianJobSort.values()) {
      assertEquals(2, jobs(query.sorted(sort, true)).size(), sort.name());
      assertEquals(2, jobs(query.sorted(sort, false)).size(), sort.name());
    }
    String number = jobs(query).get(0).number();
    assertEquals(1, jobs(query.searching(number)).size());
  }

  private List<TechnicianJobRow> jobs(ListQuery<TechnicianJobSort> query) throws Exception {
    return staff.call(() -> repairs.myJobs(query, FIRST_50));
  }

  /** A repair filed online, registered, forwarded and ordered to the technician "staff". */
  private long orderedToStaff(String asset) throws Exception {
    long id =
        requester.call(() -> filing.file(RepairFlowIT.printerForm(asset), List.of(), IP)).id();
    clerk.call(() -> intake.register(id, IP));
    clerk.call(() -> intake.forward(id, Role.GROUP_DIRECTOR, null, IP));
    groupDirector.call(
        () ->
            orders.approve(
                id, PASSWORD.toCharArray(), new RepairOrder("staff", null), "อนุมัติ", IP));
    return id;
  }

  @Test
  void theInboxFindsByNumberAndMarksTheNoticesThatStillWait() throws Exception {
    String token = token();
    RequestState a = generalRequest(token + " ประกาศ");
    RequestState b = generalRequest(token + " ข่าว");
    var byA = ListQuery.sortedBy(InboxSort.TIME, false).searching(a.number());
    List<InboxRow> notices = waitForNotices(byA);
    assertTrue(notices.stream().allMatch(e -> e.requestNumber().equals(a.number())));
    Set<Long> waiting =
        deputy.call(() -> inbox.waiting(notices.stream().map(InboxRow::id).toList()));
    assertFalse(waiting.isEmpty(), "the approval notice waits for the deputy");
    assertEquals(waiting.size(), deputy.call(() -> inbox.count(byA.waitingOnly(true))).intValue());

    // by title and by the requester's name; a service filter of another service finds none
    waitForNotices(ListQuery.sortedBy(InboxSort.TIME, false).searching(b.number()));
    var byToken = ListQuery.sortedBy(InboxSort.TIME, false).searching(token);
    assertTrue(deputy.call(() -> inbox.count(byToken)) >= 2);
    assertEquals(0L, deputy.call(() -> inbox.count(byToken.inService(ServiceCode.REPAIR))));
    assertTrue(
        deputy.call(() -> inbox.count(byToken.searching(REQUESTER_NAME)))
            >= deputy.call(() -> inbox.count(byToken)));

    // acted on: the notice no longer waits
    long step3 = stepOf(a.id(), 3);
    deputy.call(() -> steps.returnForCorrection(step3, "แก้ไขชื่อเรื่อง", IP));
    assertEquals(0L, deputy.call(() -> inbox.count(byA.waitingOnly(true))));
    assertTrue(deputy.call(() -> inbox.count(byA.inState(RequestStatus.RETURNED))) >= 1);
    for (InboxSort sort : InboxSort.values()) {
      for (boolean ascending : new boolean[] {true, false}) {
        assertTrue(
            deputy.call(() -> inbox.page(byToken.sorted(sort, ascending), FIRST_50)).size() >= 2);
      }
    }
  }

  private List<InboxRow> waitForNotices(ListQuery<InboxSort> query) throws Exception {
    Instant until = Instant.now().plus(Duration.ofSeconds(30));
    while (Instant.now().isBefore(until)) {
      List<InboxRow> found = deputy.call(() -> inbox.page(query, FIRST_50));
      if (!found.isEmpty()) {
        return found;
      }
      Thread.sleep(200);
    }
    throw new AssertionError("no notice for " + query.search());
  }

  private long stepOf(long requestId, int order) throws Exception {
    return requester
        .call(() -> queries.request(requestId, java.util.Locale.ENGLISH, IP))
        .timeline()
        .get(order - 1)
        .stepId();
  }
}
