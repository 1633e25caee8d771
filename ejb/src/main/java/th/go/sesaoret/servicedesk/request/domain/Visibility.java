package th.go.sesaoret.servicedesk.request.domain;

import java.util.EnumSet;
import java.util.Set;
import th.go.sesaoret.servicedesk.security.domain.Role;

/**
 * Who may see a request (ASVS V8, per-object authorisation): its requester and the clerk who filed
 * it; every office role that works on requests sees them all. A plain requester sees only their
 * own.
 */
public final class Visibility {
  private static final Set<Role> SEE_ALL =
      EnumSet.of(
          Role.CLERK,
          Role.STAFF,
          Role.GROUP_DIRECTOR,
          Role.DEPUTY_DIRECTOR,
          Role.DIRECTOR,
          Role.ADMIN);

  private Visibility() {}

  public static boolean maySee(String username, Set<Role> roles, String requester) {
    return roles.stream().anyMatch(SEE_ALL::contains) || username.equals(requester);
  }
}
