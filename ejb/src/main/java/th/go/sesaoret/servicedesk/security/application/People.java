package th.go.sesaoret.servicedesk.security.application;

import jakarta.persistence.EntityManager;
import java.util.Optional;
import org.hibernate.jpa.HibernateHints;
import th.go.sesaoret.servicedesk.security.domain.Person;

/** Queries for people that more than one service needs. */
final class People {
  private People() {}

  static Optional<Person> byUsername(EntityManager em, String username) {
    // the roles with the person: one statement (the header of every page names the caller)
    return em
        .createQuery(
            "select p from Person p left join fetch p.roles where p.username = :u", Person.class)
        .setParameter("u", Person.normalizeUsername(username))
        // every signed-in page names its caller: cached, dropped when anyone changes a person
        .setHint(HibernateHints.HINT_CACHEABLE, true)
        .getResultList() // a list: the query cache does not serve streams
        .stream()
        .findFirst();
  }
}
