package th.go.sesaoret.servicedesk.request.application;

import static th.go.sesaoret.servicedesk.security.domain.Role.ADMIN_NAME;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import th.go.sesaoret.servicedesk.audit.application.AuditTrail;
import th.go.sesaoret.servicedesk.audit.domain.AuditEntry.Fact;
import th.go.sesaoret.servicedesk.request.domain.ActingOfficial;
import th.go.sesaoret.servicedesk.request.domain.Actor;
import th.go.sesaoret.servicedesk.security.domain.Role;

/** The administrator appoints acting officials (รักษาราชการแทน) for a date range. */
@Stateless
@RolesAllowed(ADMIN_NAME)
public class ActingOfficials {
  @PersistenceContext private EntityManager em;
  @Inject private Clock clock;
  @Resource private SessionContext session;
  @EJB private AuditTrail audit;
  @Inject private ActingRoles acting;

  public long appoint(Role role, String username, LocalDate from, LocalDate to, String sourceIp) {
    var appointment =
        new ActingOfficial(
            role, username, from, to, session.getCallerPrincipal().getName(), clock.instant());
    em.persist(appointment);
    acting.changing();
    em.flush();
    audit.record(
        sourceIp,
        Fact.of("ACTING_APPOINT", null, appointment.username())
            .detail(role + " " + from + ".." + to));
    return appointment.id();
  }

  /** The positions one may be appointed to act for: the approval roles, the most senior first. */
  public List<Role> roles() {
    return Actor.approvalRoles();
  }

  /** Appointments still running or to come, soonest first. */
  public List<ActingAppointment> current() {
    LocalDate today =
        LocalDate.ofInstant(clock.instant(), th.go.sesaoret.servicedesk.shared.OfficeTime.ZONE);
    return em.createQuery(
            "select a from ActingOfficial a where a.validTo >= :today order by a.validFrom",
            ActingOfficial.class)
        .setParameter("today", today)
        .getResultStream()
        .map(ActingAppointment::of)
        .toList();
  }
}
