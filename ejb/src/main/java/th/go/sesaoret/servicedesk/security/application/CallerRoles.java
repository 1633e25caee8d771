package th.go.sesaoret.servicedesk.security.application;

import jakarta.ejb.SessionContext;
import java.util.EnumSet;
import java.util.Set;
import th.go.sesaoret.servicedesk.security.domain.Role;

/** The roles the container gives the caller, as {@link Role}s (for object-level checks). */
public final class CallerRoles {
  private CallerRoles() {}

  public static Set<Role> of(SessionContext session) {
    Set<Role> roles = EnumSet.noneOf(Role.class);
    for (Role role : Role.values()) {
      if (session.isCallerInRole(role.name())) {
        roles.add(role);
      }
    }
    return roles;
  }
}
