package th.go.sesaoret.servicedesk.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import jakarta.inject.Inject;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.Locale;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import th.go.sesaoret.servicedesk.notification.domain.NoticeKind;
import th.go.sesaoret.servicedesk.notification.domain.RequestNotice;
import th.go.sesaoret.servicedesk.notification.domain.WorkflowNotice;
import th.go.sesaoret.servicedesk.repair.application.RepairFiling;
import th.go.sesaoret.servicedesk.repair.domain.EquipmentType;
import th.go.sesaoret.servicedesk.repair.domain.RepairForm;
import th.go.sesaoret.servicedesk.repair.domain.RepairKind;
import th.go.sesaoret.servicedesk.repair.domain.Urgency;
import th.go.sesaoret.servicedesk.request.application.RequestQueries;
import th.go.sesaoret.servicedesk.request.application.SlaScan;
import th.go.sesaoret.servicedesk.request.application.TimelineStep;
import th.go.sesaoret.servicedesk.security.domain.Role;
import th.go.sesaoret.servicedesk.sla.application.WorkingCalendar;

/** The SLA scan with a controlled moment: a warning at 75%, an escalation when overdue, once. */
@ExtendWith(ArquillianExtension.class)
class SlaMonitoringIT {
  private static final String IP = "192.0.2.30";

  @Deployment
  static EnterpriseArchive deployment() {
    return Deployments.withTestClasses(SlaMonitoringIT.class, NoticeRecorder.class);
  }

  @Inject SlaScan scan;
  @Inject WorkingCalendar calendar;
  @Inject RepairFiling filing;
  @Inject RequestQueries queries;
  @Inject NoticeRecorder recorder;
  @Inject AsRequester requester;

  @Test
  void aClerkStepIsWarnedNearItsDueTimeAndEscalatedOnceOverdue() throws Exception {
    long id =
        requester
            .call(
                () ->
                    filing.file(
                        new RepairForm(
                            RepairKind.HARDWARE,
                            EquipmentType.MONITOR,
                            "7440-005-0001/2566",
                            null,
                            "อาคารอำนวยการ",
                            "ห้องประชุม 1",
                            "จอห้องประชุมกะพริบตลอดเวลา",
                            Urgency.NORMAL,
                            "043511234"),
                        List.of(),
                        IP))
            .id();
    TimelineStep clerkStep =
        requester
            .call(() -> queries.request(id, Locale.forLanguageTag("th"), IP))
            .timeline()
            .stream()
            .filter(s -> s.order() == 2)
            .findFirst()
            .orElseThrow();
    Instant due = clerkStep.dueAt();
    assertNotNull(due, "the clerk's 30 minutes run on office time");

    // 5 of 30 office minutes left: past 75%
    scan.scan(due.minusSeconds(300));
    scan.scan(due.minusSeconds(240));
    assertEquals(1, count(id, WorkflowNotice.SLA_WARNING), "warned once");
    RequestNotice warning = only(id, WorkflowNotice.SLA_WARNING);
    assertEquals(Role.CLERK, warning.recipientRole());

    Instant overdue = calendar.calendar().nextOfficeOpening(due.plusSeconds(60));
    scan.scan(overdue);
    scan.scan(overdue.plusSeconds(60));
    assertEquals(1, count(id, WorkflowNotice.SLA_ESCALATION), "escalated once");
    assertEquals(Role.GROUP_DIRECTOR, only(id, WorkflowNotice.SLA_ESCALATION).recipientRole());
  }

  @Test
  void nothingIsRaisedOutsideOfficeHours() {
    LocalDate saturday = LocalDate.now().with(TemporalAdjusters.next(DayOfWeek.SATURDAY));
    Instant weekend = saturday.atTime(10, 0).atZone(ZoneId.of("Asia/Bangkok")).toInstant();
    assertEquals(0, scan.scan(weekend));
  }

  private long count(long requestId, NoticeKind kind) {
    return recorder.forRequest(requestId).stream().filter(n -> n.kind() == kind).count();
  }

  private RequestNotice only(long requestId, NoticeKind kind) {
    return recorder.forRequest(requestId).stream()
        .filter(n -> n.kind() == kind)
        .findFirst()
        .orElseThrow();
  }
}
