package th.go.sesaoret.servicedesk.request.application;

import jakarta.ejb.SessionContext;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashSet;
import th.go.sesaoret.servicedesk.request.domain.Actor;
import th.go.sesaoret.servicedesk.security.application.CallerRoles;
import th.go.sesaoret.servicedesk.security.domain.Role;
import th.go.sesaoret.servicedesk.shared.OfficeTime;

/** The caller as an {@link Actor}: name and roles from the container, acting roles of today. */
public final class Callers {
  private Callers() {}

  public static Actor actor(SessionContext session, EntityManager em, Instant now) {
    String me = session.getCallerPrincipal().getName();
    LocalDate today = LocalDate.ofInstant(now, OfficeTime.ZONE);
    var acting =
        em.createQuery(
                "select a.role from ActingOfficial a where a.username = :me"
                    + " and a.validFrom <= :today and a.validTo >= :today",
                Role.class)
            .setParameter("me", me)
            .setParameter("today", today)
            .getResultList();
    return new Actor(me, CallerRoles.of(session), new HashSet<>(acting));
  }
}
