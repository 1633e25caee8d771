package th.go.sesaoret.servicedesk.security.application;

import jakarta.persistence.EntityManager;
import java.util.Optional;
import th.go.sesaoret.servicedesk.security.domain.Person;

/** Queries for people that more than one service needs. */
final class People {
  private People() {}

  static Optional<Person> byUsername(EntityManager em, String username) {
    // the roles with the person: one statement (the header of every page names the caller)
    return em.createQuery(
            "select p from Person p left join fetch p.roles where p.username = :u", Person.class)
        .setParameter("u", Person.normalizeUsername(username))
        .getResultStream()
        .findFirst();
  }
}
