package th.go.sesaoret.servicedesk.security.domain;

import java.util.Collection;

/** Where a person lands after signing in: the home of their most senior role. */
public final class Landing {
  private Landing() {}

  public static String homeFor(Collection<Role> roles) {
    for (Role role : Role.values()) {
      if (roles.contains(role)) {
        return role.homePage();
      }
    }
    return "/manual.xhtml";
  }
}
