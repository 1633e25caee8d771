package th.go.sesaoret.servicedesk.notification.domain;

import java.util.EnumSet;
import java.util.Set;
import th.go.sesaoret.servicedesk.security.domain.Role;

/**
 * Who a notice to a role reaches. The director may act wherever a deputy director or a group
 * director may (issue 3, approvals), so notices to those roles reach the director too.
 */
public final class Recipients {
  private Recipients() {}

  public static Set<Role> rolesFor(Role role) {
    return switch (role) {
      case DEPUTY_DIRECTOR, GROUP_DIRECTOR -> EnumSet.of(role, Role.DIRECTOR);
      default -> EnumSet.of(role);
    };
  }
}
