package th.go.sesaoret.servicedesk.dashboard.application;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import th.go.sesaoret.servicedesk.dashboard.domain.OnTimeRate;
import th.go.sesaoret.servicedesk.report.application.ComplianceLine;
import th.go.sesaoret.servicedesk.report.domain.StepFigures;
import th.go.sesaoret.servicedesk.request.domain.Actor;
import th.go.sesaoret.servicedesk.security.domain.Role;

class DashboardsTest {
  private static ComplianceLine line(String service, int order, long within, long timed) {
    return new ComplianceLine(
        service,
        service + " name",
        order,
        "step " + order,
        "1 day",
        420,
        new StepFigures(service, "k" + order, timed, timed, within, 0, null, null, 0, 0, 0));
  }

  @Test
  void aServicesRateSumsItsStepsNotTheirPercentages() {
    List<RateBar> rates =
        Dashboards.serviceRates(
            List.of(
                line("REPAIR", 1, 1, 1), line("REPAIR", 2, 0, 3), line("PUBLICATION", 1, 0, 0)));
    assertEquals(2, rates.size());
    assertEquals(new OnTimeRate(1, 3), rates.get(0).rate());
    assertEquals(new BigDecimal("25.0"), rates.get(0).rate().percent(), "1 of 4, not (100+0)/2");
    assertEquals(OnTimeRate.NONE, rates.get(1).rate());
  }

  @Test
  void onlyStepsWithSomethingTimedAreCharted() {
    List<RateBar> steps =
        Dashboards.stepRates(List.of(line("REPAIR", 1, 1, 2), line("REPAIR", 2, 0, 0)));
    assertEquals(1, steps.size());
    assertEquals("1. step 1", steps.get(0).label());
    assertEquals("REPAIR", steps.get(0).service());
  }

  @Test
  void theDirectorSignsForAllThreeApprovalRolesTheDeputyForTheirOwn() {
    assertEquals(
        EnumSet.of(Role.DIRECTOR, Role.DEPUTY_DIRECTOR, Role.GROUP_DIRECTOR),
        Dashboards.approvalRoles(Actor.of("d", Role.DIRECTOR)));
    assertEquals(
        Set.of(Role.DEPUTY_DIRECTOR),
        Dashboards.approvalRoles(Actor.of("dd", Role.DEPUTY_DIRECTOR)));
    assertEquals(
        EnumSet.of(Role.DIRECTOR, Role.DEPUTY_DIRECTOR, Role.GROUP_DIRECTOR),
        Dashboards.approvalRoles(new Actor("s", Set.of(Role.STAFF), Set.of(Role.DIRECTOR))),
        "acting for the director (รักษาราชการแทน): what the director signs");
  }
}
