package th.go.sesaoret.servicedesk.request.application;

import static th.go.sesaoret.servicedesk.security.domain.Role.ADMIN_NAME;
import static th.go.sesaoret.servicedesk.security.domain.Role.CLERK_NAME;
import static th.go.sesaoret.servicedesk.security.domain.Role.DEPUTY_DIRECTOR_NAME;
import static th.go.sesaoret.servicedesk.security.domain.Role.DIRECTOR_NAME;
import static th.go.sesaoret.servicedesk.security.domain.Role.GROUP_DIRECTOR_NAME;
import static th.go.sesaoret.servicedesk.security.domain.Role.REQUESTER_NAME;
import static th.go.sesaoret.servicedesk.security.domain.Role.STAFF_NAME;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import java.time.Instant;
import th.go.sesaoret.servicedesk.shared.BusinessException;

/**
 * The booking clock: a service sets a step's window by its key, e.g. a video conference booked
 * 10:00-12:00 books {@code conference.setup} 09:30 to 10:00, {@code conference.run} 10:00 to 12:00
 * and {@code conference.postcheck} 12:00 to 12:30. The step is due at the window's end: a running
 * step from now, a waiting one when it starts; a finished one keeps its record. Booking again (the
 * meeting moved) re-times it. Only steps on a booking clock take a booking; the service decides who
 * may book, the engine audits it ({@code STEP_SCHEDULE}, with the window).
 */
@Stateless
@RolesAllowed({
  REQUESTER_NAME,
  CLERK_NAME,
  STAFF_NAME,
  GROUP_DIRECTOR_NAME,
  DEPUTY_DIRECTOR_NAME,
  DIRECTOR_NAME,
  ADMIN_NAME
})
public class StepSchedule {
  @EJB private RequestWork requestWork;

  /**
   * Books step {@code stepKey} of request {@code requestId} from {@code start}, due at {@code due}.
   */
  public RequestState schedule(
      long requestId, String stepKey, Instant start, Instant due, String sourceIp) {
    return requestWork.onRequest(
        "STEP_SCHEDULE",
        requestId,
        sourceIp,
        (acting, order, who, out) -> {
          acting.request().steps().stream()
              .filter(s -> s.key().equals(stepKey))
              .findFirst()
              .orElseThrow(() -> new BusinessException("request.schedule.unknownStep", stepKey))
              .schedule(start, due);
          return stepKey + " " + start + ".." + due;
        });
  }
}
