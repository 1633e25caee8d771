package th.go.sesaoret.servicedesk.security.application;

import jakarta.persistence.EntityManager;
import java.util.Optional;
import th.go.sesaoret.servicedesk.security.domain.Person;

/** Queries for people that more than one service needs. */
final class People {
  private People() {}

  static Optional<Person> byUsername(EntityManager em, String username) {
    return em.createQuery("select p from Person p where p.username = :u", Person.class)
        .setParameter("u", Person.normalizeUsername(username))
        .getResultStream()
        .findFirst();
  }
}
