package th.go.sesaoret.servicedesk.request.application;

import java.io.Serializable;
import th.go.sesaoret.servicedesk.security.domain.Role;

/**
 * A person as the screens show them: full name and position (the role they act in here), never the
 * user name. {@code fullName} is null for the system itself (timers) or an account that is gone;
 * the screens then say so in words.
 */
public record PersonName(String fullName, Role position) implements Serializable {
  static final PersonName NOBODY = new PersonName(null, null);
}
