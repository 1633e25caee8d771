package th.go.sesaoret.servicedesk.request.application;

import java.util.EnumSet;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import th.go.sesaoret.servicedesk.security.domain.Role;

/**
 * The people named on one page (requester, actors, assignees, approvers, audit entries), read in
 * one query for all of them ({@link RequestReads#people}): full name and roles by user name.
 */
public final class People {
  private final Map<String, String> names = new HashMap<>();
  private final Map<String, Set<Role>> roles = new HashMap<>();

  /** Adds one row of the query: a person, and one of their roles (or null). */
  public People add(String username, String fullName, Role role) {
    names.put(username, fullName);
    Set<Role> held = roles.computeIfAbsent(username, u -> EnumSet.noneOf(Role.class));
    if (role != null) {
      held.add(role);
    }
    return this;
  }

  /** The full name of {@code username}, or the user name itself for an account that is gone. */
  public String fullName(String username) {
    return names.getOrDefault(username, username);
  }

  /**
   * {@code username} acting as {@code role}: that role when they hold it, else their most senior
   * role (the director acting on a deputy's step, the clerk filing for a requester).
   */
  PersonName as(String username, Role role) {
    if (username == null) {
      return null;
    }
    String name = names.get(username);
    if (name == null) {
      return PersonName.NOBODY;
    }
    Set<Role> held = roles.getOrDefault(username, Set.of());
    if (role != null && held.contains(role)) {
      return new PersonName(name, role);
    }
    return new PersonName(name, held.stream().findFirst().orElse(role));
  }
}
