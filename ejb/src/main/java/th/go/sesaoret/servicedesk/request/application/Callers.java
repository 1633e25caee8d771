package th.go.sesaoret.servicedesk.request.application;

import jakarta.ejb.SessionContext;
import java.time.Instant;
import java.time.LocalDate;
import th.go.sesaoret.servicedesk.request.domain.Actor;
import th.go.sesaoret.servicedesk.security.application.CallerRoles;
import th.go.sesaoret.servicedesk.shared.OfficeTime;

/**
 * The caller as an {@link Actor}: name and roles from the container, acting roles of today (kept
 * for the day, {@link ActingRoles}).
 */
public final class Callers {
  private Callers() {}

  public static Actor actor(SessionContext session, ActingRoles acting, Instant now) {
    String me = session.getCallerPrincipal().getName();
    LocalDate today = LocalDate.ofInstant(now, OfficeTime.ZONE);
    return new Actor(me, CallerRoles.of(session), acting.of(me, today));
  }
}
