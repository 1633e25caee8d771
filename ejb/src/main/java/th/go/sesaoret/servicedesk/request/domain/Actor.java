package th.go.sesaoret.servicedesk.request.domain;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import th.go.sesaoret.servicedesk.security.domain.Role;

/**
 * Who acts: the signed-in user name, the roles they hold, and the roles they hold today only as an
 * acting official (รักษาราชการแทน). The director may act wherever a deputy director or a group
 * director may (service-manual.md, "Roles named by the manual").
 */
public record Actor(String username, Set<Role> roles, Set<Role> actingRoles) {
  public Actor {
    roles = roles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles);
    actingRoles = actingRoles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(actingRoles);
  }

  public static Actor of(String username, Role... roles) {
    return new Actor(username, roles.length == 0 ? Set.of() : Set.of(roles), Set.of());
  }

  public boolean holds(Role role) {
    return roles.contains(role) || actingRoles.contains(role);
  }

  /** True when this actor may act where {@code stepRole} acts, by own or acting role. */
  public boolean mayActAs(Role stepRole) {
    return allowedBy(stepRole, roles) || allowedBy(stepRole, actingRoles);
  }

  /**
   * The role this actor acts for as an acting official on a {@code stepRole} step, or null when
   * their own roles allow it (then the approval says nothing about acting).
   */
  public Role actingFor(Role stepRole) {
    if (allowedBy(stepRole, roles) || !allowedBy(stepRole, actingRoles)) {
      return null;
    }
    return actingRoles.contains(stepRole) ? stepRole : Role.DIRECTOR;
  }

  private static boolean allowedBy(Role stepRole, Set<Role> held) {
    return held.contains(stepRole) || (isDirectorsToo(stepRole) && held.contains(Role.DIRECTOR));
  }

  /** Steps of these roles are approvals: they are signed, and the director may take them. */
  public static boolean isDirectorsToo(Role stepRole) {
    return stepRole == Role.DEPUTY_DIRECTOR || stepRole == Role.GROUP_DIRECTOR;
  }

  public static boolean isApprovalRole(Role stepRole) {
    return isDirectorsToo(stepRole) || stepRole == Role.DIRECTOR;
  }

  /** The roles whose steps are approvals, the most senior first: those one may act for. */
  public static List<Role> approvalRoles() {
    return Arrays.stream(Role.values()).filter(Actor::isApprovalRole).toList();
  }
}
