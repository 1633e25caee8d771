package th.go.sesaoret.servicedesk.request.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static th.go.sesaoret.servicedesk.request.domain.Requests.CALENDAR;
import static th.go.sesaoret.servicedesk.request.domain.Requests.bangkok;

import java.util.Set;
import org.junit.jupiter.api.Test;
import th.go.sesaoret.servicedesk.request.domain.Requests;
import th.go.sesaoret.servicedesk.request.domain.ServiceRequest;
import th.go.sesaoret.servicedesk.request.domain.StepActing;
import th.go.sesaoret.servicedesk.shared.BusinessException;

/** The engine's step actions refuse the steps a service acts on itself, by the step's key. */
class StepActionsTest {
  private final ServiceRequest repair =
      Requests.file(Requests.repair(), bangkok(2026, 11, 25, 9, 0));

  @Test
  void aStepTheServiceActsOnItselfIsRefusedByItsKey() {
    var acting =
        StepActing.on(
            repair, CALENDAR, bangkok(2026, 11, 25, 9, 10), Set.of("repair.intake")::contains);
    BusinessException refused =
        assertThrows(BusinessException.class, () -> StepActions.requireGeneral(acting, 2));
    assertEquals("request.step.ownActions", refused.key());
    StepActions.requireGeneral(acting, 1);
  }

  @Test
  void withoutAPluginEveryStepIsTheEngines() {
    var acting = StepActing.on(repair, CALENDAR, bangkok(2026, 11, 25, 9, 10));
    for (int order = 1; order <= 5; order++) {
      StepActions.requireGeneral(acting, order);
    }
  }
}
