package th.go.sesaoret.servicedesk.dashboard.application;

import static th.go.sesaoret.servicedesk.security.domain.Role.CLERK_NAME;
import static th.go.sesaoret.servicedesk.security.domain.Role.DEPUTY_DIRECTOR_NAME;
import static th.go.sesaoret.servicedesk.security.domain.Role.DIRECTOR_NAME;
import static th.go.sesaoret.servicedesk.security.domain.Role.GROUP_DIRECTOR_NAME;
import static th.go.sesaoret.servicedesk.security.domain.Role.REQUESTER_NAME;
import static th.go.sesaoret.servicedesk.security.domain.Role.STAFF_NAME;

import jakarta.annotation.Resource;
import jakarta.annotation.security.DeclareRoles;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import th.go.sesaoret.servicedesk.catalog.domain.ServiceCode;
import th.go.sesaoret.servicedesk.conference.application.ConferenceCalendar;
import th.go.sesaoret.servicedesk.dashboard.domain.OfficeWeek;
import th.go.sesaoret.servicedesk.dashboard.domain.OnTimeRate;
import th.go.sesaoret.servicedesk.repair.application.RepairReads;
import th.go.sesaoret.servicedesk.report.application.ComplianceLine;
import th.go.sesaoret.servicedesk.report.application.ComplianceReport;
import th.go.sesaoret.servicedesk.report.domain.FiscalYear;
import th.go.sesaoret.servicedesk.report.domain.ReportPeriod;
import th.go.sesaoret.servicedesk.report.domain.StepFigures;
import th.go.sesaoret.servicedesk.request.application.ActingRoles;
import th.go.sesaoret.servicedesk.request.application.Callers;
import th.go.sesaoret.servicedesk.request.application.WorkQueue;
import th.go.sesaoret.servicedesk.request.domain.Actor;
import th.go.sesaoret.servicedesk.request.domain.RequestStatus;
import th.go.sesaoret.servicedesk.security.domain.Role;
import th.go.sesaoret.servicedesk.shared.OfficeTime;

/**
 * The role home pages' dashboards. Each method is one role's cards and runs only the statements
 * those cards need: the directors' four (pending approvals, this month's volume, the month's
 * compliance figures, the slowest running steps), the ICT group director's three more (the
 * technicians' load, the repair backlog, this week's meetings), the staff's two, the requester's
 * one.
 */
@Stateless
@DeclareRoles({
  DIRECTOR_NAME,
  DEPUTY_DIRECTOR_NAME,
  GROUP_DIRECTOR_NAME,
  CLERK_NAME,
  STAFF_NAME,
  REQUESTER_NAME
})
public class Dashboards {
  /** How many of the slowest requests the directors see. */
  public static final int SLOWEST = 5;

  @Resource private SessionContext session;
  @Inject private ActingRoles acting;
  @Inject private Clock clock;
  @Inject private DashboardQueries queries;
  @EJB private ComplianceReport report;
  @Inject private RepairReads repairs;
  @EJB private ConferenceCalendar conference;

  /** Now, for the pages' ages. */
  @PermitAll
  public Instant now() {
    return clock.instant();
  }

  @RolesAllowed({DIRECTOR_NAME, DEPUTY_DIRECTOR_NAME, GROUP_DIRECTOR_NAME})
  public DirectorDashboard director(Locale locale) {
    Instant now = clock.instant();
    ReportPeriod month = ReportPeriod.month(YearMonth.from(today(now)));
    Actor who = Callers.actor(session, acting, now);
    List<ComplianceLine> lines = report.lines(month, locale);
    return new DirectorDashboard(
        month,
        queries.pending(approvalRoles(who), who.username()),
        queries.volume(month.start(OfficeTime.ZONE), month.end(OfficeTime.ZONE), locale),
        serviceRates(lines),
        stepRates(lines),
        queries.slowest(SLOWEST, now, locale));
  }

  @RolesAllowed(GROUP_DIRECTOR_NAME)
  public IctDashboard ict(Locale locale) {
    Instant now = clock.instant();
    OfficeWeek week = OfficeWeek.at(now, OfficeTime.ZONE);
    return new IctDashboard(
        repairs.technicianLoad(),
        queries.backlog(ServiceCode.REPAIR.toString(), now, locale),
        week,
        conference.entries(
            week.start(OfficeTime.ZONE), week.end(OfficeTime.ZONE), ConferenceCalendar.Filter.ALL));
  }

  @RolesAllowed({STAFF_NAME, CLERK_NAME})
  public StaffDashboard staff() {
    Instant now = clock.instant();
    Actor who = Callers.actor(session, acting, now);
    LocalDate today = today(now);
    long[] queue =
        queries.queue(
            WorkQueue.ownRoles(WorkQueue.held(who)),
            who.username(),
            now,
            OfficeWeek.endOfDay(now, OfficeTime.ZONE));
    ReportPeriod month = ReportPeriod.month(YearMonth.from(today));
    ReportPeriod year = ReportPeriod.fiscalYear(FiscalYear.of(today));
    OnTimeRate[] rates =
        queries.finishedBy(
            who.username(),
            year.start(OfficeTime.ZONE),
            year.end(OfficeTime.ZONE),
            month.start(OfficeTime.ZONE),
            month.end(OfficeTime.ZONE));
    return new StaffDashboard(queue[0], queue[1], queue[2], month, rates[0], year, rates[1]);
  }

  /** The caller's requests per status, every status listed (zeros too), in the enum's order. */
  @RolesAllowed(REQUESTER_NAME)
  public List<DashboardQueries.StatusCount> requester() {
    Map<RequestStatus, Long> counts = new LinkedHashMap<>();
    for (RequestStatus s : RequestStatus.values()) {
      counts.put(s, 0L);
    }
    queries
        .byStatus(session.getCallerPrincipal().getName())
        .forEach(c -> counts.put(c.status(), c.count()));
    return counts.entrySet().stream()
        .map(e -> new DashboardQueries.StatusCount(e.getKey(), e.getValue()))
        .toList();
  }

  private static LocalDate today(Instant now) {
    return LocalDate.ofInstant(now, OfficeTime.ZONE);
  }

  /** The approval roles {@code who} may sign for (own or acting; the director all three). */
  static Set<Role> approvalRoles(Actor who) {
    Set<Role> roles = EnumSet.noneOf(Role.class);
    for (Role r : Actor.approvalRoles()) {
      if (who.mayActAs(r)) {
        roles.add(r);
      }
    }
    return roles;
  }

  /** The month's on-time figures summed per service, in the manual's order. */
  static List<RateBar> serviceRates(List<ComplianceLine> lines) {
    Map<String, RateBar> rates = new LinkedHashMap<>();
    for (ComplianceLine l : lines) {
      OnTimeRate r = rate(l.figures());
      rates.merge(
          l.serviceCode(),
          new RateBar(l.serviceCode(), l.serviceCode(), l.serviceName(), r),
          (a, b) -> new RateBar(a.code(), a.service(), a.label(), a.rate().plus(b.rate())));
    }
    return new ArrayList<>(rates.values());
  }

  /** Every step with something timed this month, labelled "order. step". */
  static List<RateBar> stepRates(List<ComplianceLine> lines) {
    return lines.stream()
        .filter(l -> l.figures().timed() > 0)
        .map(
            l ->
                new RateBar(
                    l.serviceCode() + "/" + l.stepKey(),
                    l.serviceCode(),
                    l.stepOrder() + ". " + l.stepName(),
                    rate(l.figures())))
        .toList();
  }

  private static OnTimeRate rate(StepFigures f) {
    return new OnTimeRate(f.withinStandard(), f.late());
  }
}
