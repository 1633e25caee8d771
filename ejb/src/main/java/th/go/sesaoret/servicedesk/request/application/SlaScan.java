package th.go.sesaoret.servicedesk.request.application;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.List;
import th.go.sesaoret.servicedesk.notification.domain.RequestNotice;
import th.go.sesaoret.servicedesk.notification.domain.WorkflowNotice;
import th.go.sesaoret.servicedesk.request.domain.StepInstance;
import th.go.sesaoret.servicedesk.security.domain.Role;
import th.go.sesaoret.servicedesk.sla.application.WorkingCalendar;
import th.go.sesaoret.servicedesk.sla.domain.BusinessCalendar;
import th.go.sesaoret.servicedesk.sla.domain.SlaCheck;

/**
 * One pass over the open steps whose SLA moment has come (an indexed query, never all steps): warns
 * at 75% of the standard (of the booked window on a booking clock), escalates to the ICT group
 * director when overdue, each once, and only inside office hours. The moment is a parameter, so
 * tests control the clock. The request's own steps, so it lives here: sla gives the calendar and
 * the rule ({@link SlaCheck}) and knows nothing of requests.
 */
@Stateless
@PermitAll
public class SlaScan {
  @PersistenceContext private EntityManager em;
  @Inject private WorkingCalendar workingCalendar;
  @Inject private Event<RequestNotice> notices;

  /** Returns how many warnings and escalations this pass raised. */
  public int scan(Instant now) {
    BusinessCalendar calendar = workingCalendar.calendar();
    if (!calendar.isOfficeTime(now)) {
      return 0;
    }
    int raised = 0;
    for (StepInstance step : stepsDue(now)) {
      SlaCheck.Outcome outcome = step.clock().owed(now, calendar);
      if (outcome == SlaCheck.Outcome.WARN) {
        notices.fire(warning(step));
        raised++;
      } else if (outcome == SlaCheck.Outcome.ESCALATE) {
        notices.fire(escalation(step));
        raised++;
      }
    }
    return raised;
  }

  /**
   * The open, unpaused steps whose SLA moment has come ({@code sla_next_at}, index {@code
   * ix_step_sla}): a handful a pass, whatever the number of open steps.
   */
  private List<StepInstance> stepsDue(Instant now) {
    return em.createQuery(
            "select s from StepInstance s join fetch s.request"
                + " where s.clock.slaNextAt <= :now and s.clock.finishedAt is null"
                + " and s.clock.pausedAt is null",
            StepInstance.class)
        .setParameter("now", now)
        .getResultList();
  }

  private static RequestNotice warning(StepInstance step) {
    var request = step.request();
    return step.assignee() != null
        ? RequestNotice.toUser(
            WorkflowNotice.SLA_WARNING,
            request.id(),
            request.number(),
            step.order(),
            step.round(),
            step.assignee())
        : RequestNotice.toRole(
            WorkflowNotice.SLA_WARNING,
            request.id(),
            request.number(),
            step.order(),
            step.round(),
            step.actingRole());
  }

  private static RequestNotice escalation(StepInstance step) {
    var request = step.request();
    return RequestNotice.toRole(
        WorkflowNotice.SLA_ESCALATION,
        request.id(),
        request.number(),
        step.order(),
        step.round(),
        Role.GROUP_DIRECTOR);
  }
}
