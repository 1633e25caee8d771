package th.go.sesaoret.servicedesk.request.domain;

import java.util.EnumSet;
import java.util.Set;
import th.go.sesaoret.servicedesk.security.domain.Role;

/**
 * Who may see a request (ASVS V8, per-object authorisation): its requester and the person who filed
 * it; every office role that works on requests (staff, clerks, approvers, the administrator) sees
 * them all, also when held today only as an acting official. A plain requester sees only their own.
 * The reads apply this rule as a query condition ({@code request.infrastructure.VisibleRequests}),
 * so a list, a page and a download answer alike.
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

  /** True when {@code who} sees every request, by an own role or one acted in today. */
  public static boolean seesAll(Actor who) {
    return seesAll(who.roles()) || seesAll(who.actingRoles());
  }

  /** True when one of {@code roles} sees every request. */
  public static boolean seesAll(Set<Role> roles) {
    return roles.stream().anyMatch(SEE_ALL::contains);
  }

  /** May {@code who} see the request of {@code requester}, filed by {@code filedBy} (or null)? */
  public static boolean maySee(Actor who, String requester, String filedBy) {
    return seesAll(who) || who.username().equals(requester) || who.username().equals(filedBy);
  }
}
