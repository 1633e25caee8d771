package th.go.sesaoret.servicedesk.security.web;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;
import java.util.Optional;
import th.go.sesaoret.servicedesk.security.application.Profile;
import th.go.sesaoret.servicedesk.security.domain.Person;
import th.go.sesaoret.servicedesk.security.domain.Role;

/**
 * The signed-in person as the welcome lines show them: full name and position (their most senior
 * role), never the user name.
 */
@Named("caller")
@RequestScoped
public class CallerBacking {
  @EJB private Profile profile;
  private Optional<Person> me;

  private Optional<Person> me() {
    if (me == null) {
      me = profile.me();
    }
    return me;
  }

  public String getFullName() {
    return me().map(Person::fullName).orElse("");
  }

  /** The bundle key of the person's position, e.g. {@code role.GROUP_DIRECTOR}. */
  public String getPositionKey() {
    return me().flatMap(p -> p.roles().stream().sorted().findFirst())
        .map(Role::labelKey)
        .orElse(null);
  }
}
