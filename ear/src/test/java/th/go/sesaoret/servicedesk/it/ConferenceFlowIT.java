package th.go.sesaoret.servicedesk.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.Callable;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.function.Executable;
import th.go.sesaoret.servicedesk.conference.application.ChecklistView;
import th.go.sesaoret.servicedesk.conference.application.ConferenceBookings;
import th.go.sesaoret.servicedesk.conference.application.ConferenceCalendar;
import th.go.sesaoret.servicedesk.conference.application.ConferenceChecklist;
import th.go.sesaoret.servicedesk.conference.application.ConferenceDesk;
import th.go.sesaoret.servicedesk.conference.application.ConferenceOperators;
import th.go.sesaoret.servicedesk.conference.application.ConferenceProposals;
import th.go.sesaoret.servicedesk.conference.application.ConferenceReminding;
import th.go.sesaoret.servicedesk.conference.application.ItemView;
import th.go.sesaoret.servicedesk.conference.application.RoomView;
import th.go.sesaoret.servicedesk.conference.domain.BookingForm;
import th.go.sesaoret.servicedesk.conference.domain.ConferenceNotice;
import th.go.sesaoret.servicedesk.conference.domain.MeetingTime;
import th.go.sesaoret.servicedesk.conference.domain.Platform;
import th.go.sesaoret.servicedesk.notification.application.Inbox;
import th.go.sesaoret.servicedesk.notification.application.InboxRow;
import th.go.sesaoret.servicedesk.notification.domain.NoticeKind;
import th.go.sesaoret.servicedesk.repair.application.RepairQueries;
import th.go.sesaoret.servicedesk.repair.application.RepairView;
import th.go.sesaoret.servicedesk.repair.domain.Channel;
import th.go.sesaoret.servicedesk.repair.domain.EquipmentType;
import th.go.sesaoret.servicedesk.request.application.RequestState;
import th.go.sesaoret.servicedesk.request.domain.RequestStatus;
import th.go.sesaoret.servicedesk.security.application.PeopleAdministration;
import th.go.sesaoret.servicedesk.security.domain.Role;
import th.go.sesaoret.servicedesk.shared.BusinessException;
import th.go.sesaoret.servicedesk.sla.application.WorkingCalendar;
import th.go.sesaoret.servicedesk.sla.domain.BusinessCalendar;

/**
 * The video-conference service from the booking to the post-check on a real WildFly: an operator
 * takes the meeting (and cannot take an overlapping one), the checklist completes the request with
 * its notices in the inboxes, a proposal of another time is accepted, the reminders and the
 * escalation fire once at their moments, and a post-check fault becomes a repair request for the
 * item's asset number.
 */
@ExtendWith(ArquillianExtension.class)
class ConferenceFlowIT {
  private static final Locale THAI = Locale.forLanguageTag("th");
  private static final String IP = "192.0.2.61";

  @Deployment
  static EnterpriseArchive deployment() {
    return Deployments.withTestClasses(ConferenceFlowIT.class);
  }

  @Inject ConferenceBookings bookings;
  @Inject ConferenceOperators operators;
  @Inject ConferenceChecklist checklist;
  @Inject ConferenceProposals proposals;
  @Inject ConferenceReminding reminding;
  @Inject ConferenceDesk desk;
  @Inject ConferenceCalendar calendar;
  @Inject RepairQueries repairs;
  @Inject WorkingCalendar workingCalendar;
  @Inject Inbox inbox;
  @Inject AsRequester requester;
  @Inject AsStaff staff;
  @Inject AsGroupDirector groupDirector;
  @Inject AsAdmin admin;
  @Inject PeopleAdministration people;

  private static void refused(String key, Executable action) {
    assertEquals(key, assertThrows(BusinessException.class, action).key());
  }

  private BusinessCalendar cal() {
    return workingCalendar.calendar();
  }

  private ZoneId zone() {
    return cal().officeHours().zone();
  }

  /** The first working day on or after {@code days} from today. */
  private LocalDate workingDay(int days) {
    LocalDate d = LocalDate.now(zone()).plusDays(days);
    while (!cal().isWorkingDay(d)) {
      d = d.plusDays(1);
    }
    return d;
  }

  /** A demo room by its seats (other tests add rooms of their own, without equipment). */
  private RoomView room(int seats) throws Exception {
    return requester.call(() -> calendar.rooms()).stream()
        .filter(r -> r.capacity() == seats)
        .findFirst()
        .orElseThrow();
  }

  private ItemView itemIn(RoomView room) throws Exception {
    return requester.call(() -> calendar.items()).stream()
        .filter(i -> i.roomId() != null && i.roomId() == room.id())
        .findFirst()
        .orElseThrow();
  }

  private BookingForm form(RoomView room, Set<Long> items, LocalDate day, int from, int to) {
    return new BookingForm(
        "ประชุมติดตามการจัดการเรียนรู้ทางไกล",
        "วาระที่ 1 เรื่องแจ้งเพื่อทราบ",
        room.id(),
        new MeetingTime(day, LocalTime.of(from, 0), LocalTime.of(to, 0), zone()),
        12,
        "ผู้อำนวยการกลุ่ม DLICT",
        "โรงเรียนในสังกัด 20 แห่ง",
        Platform.ZOOM,
        "https://zoom.us/j/5551234567",
        false,
        null,
        null,
        items,
        "0812345678",
        null);
  }

  private long book(BookingForm form) throws Exception {
    RequestState s = requester.call(() -> bookings.book(form, List.of(), IP));
    assertEquals(2, s.currentStep(), "filing the booking completes step 1");
    return s.id();
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

  private static long count(List<InboxRow> rows, long requestId, NoticeKind kind) {
    return rows.stream().filter(e -> e.requestId() == requestId && e.kind() == kind).count();
  }

  @Test
  void aMeetingIsTakenRunAndCheckedAndAFaultBecomesARepair() throws Exception {
    LocalDate day = workingDay(300); // its own weeks: the other conference ITs book elsewhere
    RoomView big = room(60);
    RoomView small = room(16);
    ItemView kit = itemIn(big);
    long a = book(form(big, Set.of(kit.id()), day, 9, 12));
    waitForNotice(
        () -> requester.call(() -> inbox.page(0, 500)), a, ConferenceNotice.CONFERENCE_BOOKED);

    // the staff member takes it; nobody else may take it after them
    staff.call(() -> operators.take(a, IP));
    waitForNotice(
        () -> staff.call(() -> inbox.page(0, 500)), a, ConferenceNotice.CONFERENCE_OPERATOR);
    refused("conference.operator.alreadyYours", () -> staff.call(() -> operators.take(a, IP)));

    // an overlapping meeting in the other room: the same operator cannot take it
    long b = book(form(small, Set.of(), day, 10, 11));
    refused("conference.conflict.OPERATOR_BUSY", () -> staff.call(() -> operators.take(b, IP)));
    refused(
        "conference.conflict.OPERATOR_BUSY",
        () -> groupDirector.call(() -> operators.assign(b, "staff", IP)));
    refused(
        "conference.operator.notStaff",
        () -> groupDirector.call(() -> operators.assign(b, "requester", IP)));

    // staff propose the afternoon; the requester accepts; now the operator is free for it
    MeetingTime afternoon = new MeetingTime(day, LocalTime.of(13, 0), LocalTime.of(15, 0), zone());
    refused(
        "conference.proposal.reason.required",
        () -> staff.call(() -> proposals.propose(b, small.id(), afternoon, " ", IP)));
    staff.call(() -> proposals.propose(b, small.id(), afternoon, "ช่วงเช้าไม่มีผู้ควบคุม", IP));
    waitForNotice(
        () -> requester.call(() -> inbox.page(0, 500)), b, ConferenceNotice.CONFERENCE_PROPOSED);
    var offered = requester.call(() -> desk.actions(b)).orElseThrow();
    assertTrue(offered.mayAccept());
    assertEquals(afternoon.meetingStart(), offered.proposal().start());
    requester.call(() -> bookings.acceptProposal(b, IP));
    refused("conference.proposal.none", () -> requester.call(() -> bookings.acceptProposal(b, IP)));
    staff.call(() -> operators.take(b, IP));
    // the group director gives it to another staff member: the first hears it is no longer theirs
    admin.call(
        () ->
            people.create(
                "operator3",
                "นางสาวสุดา ควบคุมดี",
                "operator3@example.org",
                "Dlict@2569Op3",
                Set.of(Role.STAFF)));
    groupDirector.call(() -> operators.assign(b, "operator3", IP));
    refused("conference.operator.taken", () -> staff.call(() -> operators.take(b, IP)));
    waitForNotice(
        () -> staff.call(() -> inbox.page(0, 500)), b, ConferenceNotice.CONFERENCE_CHANGED);
    assertEquals(
        "นางสาวสุดา ควบคุมดี",
        groupDirector.call(() -> desk.checklist(b)).orElseThrow().operatorName());
    assertTrue(staff.call(() -> desk.checklist(b)).isEmpty(), "no longer the staff member's");
    groupDirector.call(() -> operators.assign(b, "staff", IP));
    assertEquals(
        afternoon.meetingStart(), staff.call(() -> desk.checklist(b)).orElseThrow().meetingStart());

    // the checklist: only the current part, only by the operator
    ChecklistView view = staff.call(() -> desk.checklist(a)).orElseThrow();
    assertEquals(ChecklistView.Part.SETUP, view.part());
    assertTrue(view.mayFill());
    assertTrue(requester.call(() -> desk.checklist(a)).isEmpty(), "the requester has no checklist");
    Instant start = day.atTime(9, 2).atZone(zone()).toInstant();
    refused(
        "conference.checklist.notYet",
        () ->
            staff.call(() -> checklist.ran(a, start, start.plusSeconds(3 * 3600), null, null, IP)));
    refused(
        "conference.checklist.farEnd.required",
        () -> staff.call(() -> checklist.setUp(a, true, true, null, null, null, IP)));
    refused(
        "conference.checklist.setupProblem.required",
        () -> staff.call(() -> checklist.setUp(a, true, false, true, null, null, IP)));
    RequestState set =
        staff.call(
            () -> checklist.setUp(a, true, true, true, null, "ทดสอบสัญญาณกับปลายทางแล้ว", IP));
    assertEquals(3, set.currentStep());
    refused(
        "conference.checklist.link.invalid",
        () ->
            staff.call(
                () ->
                    checklist.ran(
                        a, start, start.plusSeconds(3 * 3600), "javascript:alert(1)", null, IP)));
    staff.call(
        () ->
            checklist.ran(
                a, start, start.plusSeconds(3 * 3600), "https://www.youtube.com/live/x", null, IP));
    assertEquals(
        ChecklistView.Part.POSTCHECK, staff.call(() -> desk.checklist(a)).orElseThrow().part());
    refused(
        "conference.checklist.postProblem.required",
        () -> staff.call(() -> checklist.checkedAfter(a, true, false, " ", IP)));
    RequestState done =
        staff.call(
            () -> checklist.checkedAfter(a, true, false, "กล้องชุดที่ 1 ภาพกระตุกเป็นช่วง ๆ", IP));
    assertEquals(RequestStatus.COMPLETED, done.status());
    waitForNotice(
        () -> requester.call(() -> inbox.page(0, 500)), a, ConferenceNotice.CONFERENCE_DONE);
    assertEquals(ChecklistView.Part.DONE, staff.call(() -> desk.checklist(a)).orElseThrow().part());

    // the fault found: a repair request for the kit's asset number, filed by the operator
    RequestState repair =
        staff.call(
            () ->
                checklist.fileRepair(
                    a, kit.id(), "กล้องภาพกระตุกเป็นช่วง ๆ ระหว่างประชุม", null, IP));
    RepairView job = staff.call(() -> repairs.job(repair.id(), THAI, IP));
    assertEquals(kit.assetNumber(), job.assetNumber());
    assertEquals(EquipmentType.CONFERENCE, job.equipmentType());
    assertEquals(Channel.POST_CHECK, job.channel());
    assertEquals(big.name(), job.room());
    assertEquals("0812345678", job.contactPhone());
    refused(
        "conference.item.unknown",
        () -> staff.call(() -> checklist.fileRepair(a, -1L, "กล้องภาพกระตุก", null, IP)));
  }

  @Test
  void remindersAndTheEscalationFireOnceAtTheirMoments() throws Exception {
    LocalDate day = workingDay(330);
    RoomView big = room(60);
    long c = book(form(big, Set.of(), day, 9, 12));
    ChecklistView view = groupDirector.call(() -> desk.checklist(c)).orElseThrow();
    Instant dayBefore = dayBefore(day);
    assertEquals(0, pass(dayBefore.minusSeconds(60)));
    assertEquals(2, pass(dayBefore), "the requester's reminder and the escalation");
    assertEquals(0, pass(dayBefore.plusSeconds(300)), "once");
    waitForNotice(
        () -> groupDirector.call(() -> inbox.page(0, 500)),
        c,
        ConferenceNotice.CONFERENCE_NO_OPERATOR);
    waitForNotice(
        () -> requester.call(() -> inbox.page(0, 500)), c, ConferenceNotice.CONFERENCE_REMIND_DAY);

    staff.call(() -> operators.take(c, IP));
    Instant hourBefore = view.occupiedFrom().minus(Duration.ofHours(1));
    assertEquals(0, pass(hourBefore.minusSeconds(60)));
    assertEquals(2, pass(hourBefore), "requester and operator, one hour before set-up");
    assertEquals(0, pass(hourBefore.plusSeconds(300)), "once");
    waitForNotice(
        () -> staff.call(() -> inbox.page(0, 500)), c, ConferenceNotice.CONFERENCE_REMIND_HOUR);
    waitForNotice(
        () -> requester.call(() -> inbox.page(0, 500)), c, ConferenceNotice.CONFERENCE_REMIND_HOUR);
    Thread.sleep(1000);
    assertEquals(
        1,
        count(requester.call(() -> inbox.page(0, 500)), c, ConferenceNotice.CONFERENCE_REMIND_DAY));
    assertFalse(view.mayFill(), "no operator yet when it was read");
  }

  /** The notices one pass sends at {@code now} (this test's booking is the latest one). */
  private int pass(Instant now) {
    return reminding.remind(now);
  }

  private Instant dayBefore(LocalDate day) {
    LocalDate d = day.minusDays(1);
    while (!cal().isWorkingDay(d)) {
      d = d.minusDays(1);
    }
    return d.atTime(cal().officeHours().opening()).atZone(zone()).toInstant();
  }
}
