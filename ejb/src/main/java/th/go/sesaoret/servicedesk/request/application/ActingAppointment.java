package th.go.sesaoret.servicedesk.request.application;

import java.io.Serializable;
import java.time.LocalDate;
import th.go.sesaoret.servicedesk.request.domain.ActingOfficial;
import th.go.sesaoret.servicedesk.security.domain.Role;

/** An acting official's appointment (รักษาราชการแทน) as the administrator's page lists it. */
public record ActingAppointment(
    Long id, Role role, String username, LocalDate validFrom, LocalDate validTo)
    implements Serializable {
  static ActingAppointment of(ActingOfficial a) {
    return new ActingAppointment(a.id(), a.role(), a.username(), a.validFrom(), a.validTo());
  }
}
