package th.go.sesaoret.servicedesk.request.application;

import jakarta.persistence.EntityManager;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import th.go.sesaoret.servicedesk.security.domain.Role;

/**
 * The people named on one page (requester, actors, assignees, approvers, audit entries), in one
 * query for all of them: full name and roles by user name.
 */
final class People {
  private final Map<String, String> names = new HashMap<>();
  private final Map<String, Set<Role>> roles = new HashMap<>();

  private People() {}

  static People of(EntityManager em, Collection<String> usernames) {
    People people = new People();
    var wanted = usernames.stream().filter(Objects::nonNull).distinct().toList();
    if (wanted.isEmpty()) {
      return people;
    }
    em.createQuery(
            "select p.username, p.fullName, r from Person p left join p.roles r"
                + " where p.username in :u",
            Object[].class)
        .setParameter("u", wanted)
        .getResultList()
        .forEach(
            row -> {
              String username = (String) row[0];
              people.names.put(username, (String) row[1]);
              Set<Role> held =
                  people.roles.computeIfAbsent(username, u -> EnumSet.noneOf(Role.class));
              if (row[2] != null) {
                held.add((Role) row[2]);
              }
            });
    return people;
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
