package th.go.sesaoret.servicedesk.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import th.go.sesaoret.servicedesk.dashboard.application.BacklogRow;
import th.go.sesaoret.servicedesk.dashboard.application.CountBar;
import th.go.sesaoret.servicedesk.dashboard.application.DashboardQueries;
import th.go.sesaoret.servicedesk.dashboard.application.DashboardQueries.StatusCount;
import th.go.sesaoret.servicedesk.dashboard.application.Dashboards;
import th.go.sesaoret.servicedesk.dashboard.application.DirectorDashboard;
import th.go.sesaoret.servicedesk.dashboard.application.IctDashboard;
import th.go.sesaoret.servicedesk.dashboard.application.Pending;
import th.go.sesaoret.servicedesk.dashboard.application.SlowRequest;
import th.go.sesaoret.servicedesk.dashboard.application.StaffDashboard;
import th.go.sesaoret.servicedesk.dashboard.domain.OnTimeRate;
import th.go.sesaoret.servicedesk.request.domain.RequestStatus;
import th.go.sesaoret.servicedesk.security.domain.Role;
import th.go.sesaoret.servicedesk.shared.OfficeTime;

/**
 * The dashboards' statements against known rows (issue 13, H3), every figure worked out by hand:
 *
 * <p>Volume, June 2014 (Bangkok): repairs submitted 1 June 00:00 (the month's first moment), 30
 * June 23:59 and 31 May 23:59 / 1 July 00:00 (outside); one publication on 15 June. June: repair 2,
 * publication 1, video conference 0.
 *
 * <p>On-time rate of "dash-staff", fiscal year 2558 (1 Oct 2014 - 30 Sep 2015), month March 2015:
 *
 * <pre>
 *  finished (Bangkok)   on time   outcome     month  year
 *  2014-09-30 23:59       yes     COMPLETED     -     -   (the year before)
 *  2014-10-01 00:00       yes     COMPLETED     -     on time
 *  2015-03-01 00:00       yes     COMPLETED   on time on time
 *  2015-03-10 10:00       no      REJECTED    late    late
 *  2015-03-20 10:00     untimed   COMPLETED     -     -
 *  2015-03-25 10:00       yes     CANCELLED     -     -   (left out)
 *  2015-06-15 10:00       yes     COMPLETED     -     on time
 *  2015-09-30 23:59       no      COMPLETED     -     late
 *  2015-10-01 00:00       yes     COMPLETED     -     -   (the next year)
 * </pre>
 *
 * Month: 1 on time, 1 late, 50.0%; year: 3 on time, 2 late, 60.0%.
 *
 * <p>Running steps (counted as what they add to whatever the server holds): a technician
 * "dash-tech" with a repair job overdue since 2000, one due "today" (2030-01-01 Bangkok), one due
 * the day after, one paused and one finished; a deputy-director step waiting since 2000 and one
 * assigned to someone else.
 */
@ExtendWith(ArquillianExtension.class)
class DashboardIT {
  private static final Locale THAI = Locale.forLanguageTag("th");

  @Deployment
  static EnterpriseArchive deployment() {
    return Deployments.withTestClasses(DashboardIT.class, DashboardFixture.class);
  }

  @Inject Dashboards dashboards;
  @Inject DashboardQueries queries;
  @Inject DashboardFixture fixture;
  @Inject AsDirector director;
  @Inject AsGroupDirector groupDirector;
  @Inject AsStaff staff;
  @Inject AsRequester requester;

  private static Instant bangkok(int y, int m, int d, int h, int min) {
    return LocalDateTime.of(y, m, d, h, min).atZone(OfficeTime.ZONE).toInstant();
  }

  private long request(String service, String number, String who, String status, Instant at) {
    return fixture.request(service, number, who, status, at);
  }

  @Test
  void theMonthsVolumeCountsEveryServiceByTheDayItWasSubmittedInBangkok() {
    request("REPAIR", "DASH-V1", "requester", "OPEN", bangkok(2014, 6, 1, 0, 0));
    request("REPAIR", "DASH-V2", "requester", "OPEN", bangkok(2014, 6, 30, 23, 59));
    request("REPAIR", "DASH-V3", "requester", "OPEN", bangkok(2014, 5, 31, 23, 59));
    request("REPAIR", "DASH-V4", "requester", "OPEN", bangkok(2014, 7, 1, 0, 0));
    request("PUBLICATION", "DASH-V5", "requester", "COMPLETED", bangkok(2014, 6, 15, 10, 0));

    List<CountBar> volume =
        queries.volume(bangkok(2014, 6, 1, 0, 0), bangkok(2014, 7, 1, 0, 0), THAI);
    Map<String, Long> byCode =
        volume.stream().collect(Collectors.toMap(CountBar::code, CountBar::count));
    assertEquals(2, byCode.get("REPAIR"));
    assertEquals(1, byCode.get("PUBLICATION"));
    assertEquals(0, byCode.get("VIDEO_CONFERENCE"), "a service with none is still listed");
    assertTrue(label(volume, "REPAIR").startsWith("การให้บริการแจ้งซ่อม"), "the catalog's name");
    assertFalse(
        queries
            .volume(bangkok(2014, 6, 1, 0, 0), bangkok(2014, 7, 1, 0, 0), Locale.ENGLISH)
            .stream()
            .anyMatch(b -> b.label().matches(".*[ก-๙].*")),
        "English names in English");
  }

  @Test
  void aStaffMembersRateCountsTheStepsTheyFinishedOnTimeOrLateInTheMonthAndTheYear() {
    finished(1, bangkok(2014, 9, 30, 23, 59), true, "COMPLETED");
    finished(2, bangkok(2014, 10, 1, 0, 0), true, "COMPLETED");
    finished(3, bangkok(2015, 3, 1, 0, 0), true, "COMPLETED");
    finished(4, bangkok(2015, 3, 10, 10, 0), false, "REJECTED");
    finished(5, bangkok(2015, 3, 20, 10, 0), null, "COMPLETED");
    finished(6, bangkok(2015, 3, 25, 10, 0), true, "CANCELLED");
    finished(7, bangkok(2015, 6, 15, 10, 0), true, "COMPLETED");
    finished(8, bangkok(2015, 9, 30, 23, 59), false, "COMPLETED");
    finished(9, bangkok(2015, 10, 1, 0, 0), true, "COMPLETED");

    OnTimeRate[] rates =
        queries.finishedBy(
            "dash-staff",
            bangkok(2014, 10, 1, 0, 0),
            bangkok(2015, 10, 1, 0, 0),
            bangkok(2015, 3, 1, 0, 0),
            bangkok(2015, 4, 1, 0, 0));
    assertEquals(new OnTimeRate(1, 1), rates[0]);
    assertEquals(new BigDecimal("50.0"), rates[0].percent());
    assertEquals(new OnTimeRate(3, 2), rates[1]);
    assertEquals(new BigDecimal("60.0"), rates[1].percent());
  }

  private void finished(int n, Instant at, Boolean onTime, String outcome) {
    long id = request("REPAIR", "DASH-F" + n, "requester", "COMPLETED", at.minusSeconds(7200));
    fixture.step(
        id, DashboardFixture.Step.finished("repair.work", at, "dash-staff", onTime, outcome));
  }

  @Test
  void aRequesterSeesTheirRequestsPerState() {
    request("REPAIR", "DASH-R1", "dash-req", "OPEN", bangkok(2020, 1, 2, 9, 0));
    request("REPAIR", "DASH-R2", "dash-req", "OPEN", bangkok(2020, 1, 3, 9, 0));
    request("PUBLICATION", "DASH-R3", "dash-req", "COMPLETED", bangkok(2020, 1, 4, 9, 0));
    request("REPAIR", "DASH-R4", "dash-req", "RETURNED", bangkok(2020, 1, 5, 9, 0));
    Map<RequestStatus, Long> states =
        queries.byStatus("dash-req").stream()
            .collect(Collectors.toMap(StatusCount::status, StatusCount::count));
    assertEquals(
        Map.of(RequestStatus.OPEN, 2L, RequestStatus.COMPLETED, 1L, RequestStatus.RETURNED, 1L),
        states);
  }

  @Test
  void theRunningStepsMakeTheQueueThePendingApprovalsTheSlowestAndTheBacklog() {
    Instant now = Instant.parse("2030-01-01T03:00:00Z"); // 10:00 in Bangkok
    Instant tonight = Instant.parse("2030-01-01T17:00:00Z");
    Set<Role> deputy = Set.of(Role.DEPUTY_DIRECTOR);
    Pending pendingBefore = queries.pending(deputy, "dash-deputy");
    long[] queueBefore = queries.queue(Set.of(Role.ADMIN), "dash-tech", now, tonight);
    BacklogRow workBefore = work(queries.backlog("REPAIR", now, THAI));

    running(
        "DASH-Q1",
        "repair.work",
        "STAFF",
        bangkok(2000, 1, 1, 9, 0),
        bangkok(2000, 1, 2, 9, 0),
        "dash-tech",
        null);
    running(
        "DASH-Q2",
        "repair.work",
        "STAFF",
        now.minusSeconds(3600),
        Instant.parse("2030-01-01T10:00:00Z"),
        "dash-tech",
        null);
    running(
        "DASH-Q3",
        "repair.work",
        "STAFF",
        now.minusSeconds(3600),
        Instant.parse("2030-01-02T10:00:00Z"),
        "dash-tech",
        null);
    running(
        "DASH-Q4",
        "repair.work",
        "STAFF",
        now.minusSeconds(3600),
        bangkok(2000, 1, 3, 9, 0),
        "dash-tech",
        now.minusSeconds(60));
    long done = request("REPAIR", "DASH-Q5", "requester", "COMPLETED", bangkok(2001, 1, 1, 9, 0));
    fixture.step(
        done,
        DashboardFixture.Step.finished(
            "repair.work", bangkok(2001, 1, 2, 9, 0), "dash-tech", true, "COMPLETED"));
    running(
        "DASH-P1", "repair.order", "DEPUTY_DIRECTOR", bangkok(2000, 6, 1, 9, 0), now, null, null);
    running(
        "DASH-P2",
        "repair.order",
        "DEPUTY_DIRECTOR",
        bangkok(2000, 5, 1, 9, 0),
        now,
        "someone-else",
        null);

    long[] queue = queries.queue(Set.of(Role.ADMIN), "dash-tech", now, tonight);
    assertEquals(queueBefore[0] + 3, queue[0], "the paused and the finished ones are not waiting");
    assertEquals(queueBefore[1] + 1, queue[1], "overdue since 2000");
    assertEquals(queueBefore[2] + 1, queue[2], "due at 17:00 today, Bangkok");

    Pending pending = queries.pending(deputy, "dash-deputy");
    assertEquals(pendingBefore.count() + 1, pending.count(), "not the one assigned to another");
    assertEquals(bangkok(2000, 6, 1, 9, 0), pending.oldestStarted());

    List<SlowRequest> slowest = queries.slowest(5, now, THAI);
    assertEquals("DASH-Q1", slowest.get(0).number(), slowest.toString());
    assertTrue(slowest.get(0).overdue());
    assertTrue(slowest.get(0).serviceName().startsWith("การให้บริการแจ้งซ่อม"));
    assertNotNull(slowest.get(0).stepName());
    assertTrue(slowest.size() <= 5);
    assertFalse(slowest.stream().anyMatch(s -> s.number().equals("DASH-Q4")), "paused");

    BacklogRow work = work(queries.backlog("REPAIR", now, THAI));
    assertEquals(workBefore.open() + 4, work.open(), "the paused one is still open");
    assertEquals(workBefore.paused() + 1, work.paused());
    assertEquals(workBefore.overdue() + 1, work.overdue(), "only the unpaused one of 2000");
  }

  private void running(
      String number,
      String key,
      String role,
      Instant started,
      Instant due,
      String assignee,
      Instant paused) {
    long id = request("REPAIR", number, "requester", "OPEN", started);
    DashboardFixture.Step step = DashboardFixture.Step.running(key, role, started, due, assignee);
    fixture.step(id, paused == null ? step : step.paused(paused));
  }

  private static BacklogRow work(List<BacklogRow> rows) {
    return rows.stream()
        .filter(r -> r.stepOrder() == 4)
        .findFirst()
        .orElse(new BacklogRow(4, "", 0, 0, 0));
  }

  @Test
  void eachRoleGetsItsOwnCardsAndNoOneElses() throws Exception {
    DirectorDashboard d = director.call(() -> dashboards.director(THAI));
    assertTrue(d.volume().stream().anyMatch(v -> v.code().equals("REPAIR")));
    assertEquals(
        queries
            .pending(Set.of(Role.DIRECTOR, Role.DEPUTY_DIRECTOR, Role.GROUP_DIRECTOR), "director")
            .count(),
        d.pending().count(),
        "the director signs for all three approval roles");
    assertTrue(d.slowest().size() <= Dashboards.SLOWEST);

    IctDashboard ict = groupDirector.call(() -> dashboards.ict(THAI));
    assertTrue(
        ict.technicianLoad().stream().anyMatch(t -> t.username().equals("staff")),
        ict.technicianLoad().toString());
    assertTrue(ict.week().monday().getDayOfWeek() == java.time.DayOfWeek.MONDAY);

    StaffDashboard s = staff.call(() -> dashboards.staff());
    assertTrue(s.queue() >= s.overdue());
    assertEquals(5, requester.call(() -> dashboards.requester()).size(), "every state, zeros too");

    assertThrows(EJBAccessException.class, () -> staff.call(() -> dashboards.director(THAI)));
    assertThrows(EJBAccessException.class, () -> director.call(() -> dashboards.ict(THAI)));
    assertThrows(EJBAccessException.class, () -> requester.call(() -> dashboards.staff()));
  }

  private static String label(List<CountBar> bars, String code) {
    return bars.stream().filter(b -> b.code().equals(code)).findFirst().orElseThrow().label();
  }
}
