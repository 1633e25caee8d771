package th.go.sesaoret.servicedesk.security.application;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import th.go.sesaoret.servicedesk.security.domain.PasswordHashing;
import th.go.sesaoret.servicedesk.security.domain.PasswordPolicy;
import th.go.sesaoret.servicedesk.security.domain.Person;
import th.go.sesaoret.servicedesk.security.domain.Role;
import th.go.sesaoret.servicedesk.shared.BusinessException;

/** The administrator's work on accounts: create, reset passwords, assign roles, deactivate. */
@Stateless
@RolesAllowed(Role.ADMIN_NAME)
public class PeopleAdministration {
  @PersistenceContext private EntityManager em;
  @Inject private Clock clock;

  /** One page of people whose user name or full name contains {@code filter}, by user name. */
  public List<PersonRow> page(String filter, int first, int size) {
    var people =
        em.createQuery(
                "select p from Person p where lower(p.username) like :f or lower(p.fullName) like"
                    + " :f order by p.username",
                Person.class)
            .setParameter("f", like(filter))
            .setFirstResult(first)
            .setMaxResults(size)
            .getResultList();
    return people.stream().map(PeopleAdministration::row).toList();
  }

  public long count(String filter) {
    return em.createQuery(
            "select count(p) from Person p where lower(p.username) like :f or lower(p.fullName)"
                + " like :f",
            Long.class)
        .setParameter("f", like(filter))
        .getSingleResult();
  }

  public PersonRow create(
      String username, String fullName, String email, String password, Set<Role> roles) {
    if (People.byUsername(em, username).isPresent()) {
      throw new BusinessException("security.person.usernameTaken");
    }
    PasswordPolicy.check(password);
    Person person =
        new Person(
            username,
            fullName,
            email,
            PasswordHashing.hash(password.toCharArray()),
            roles,
            clock.instant());
    em.persist(person);
    em.flush();
    return row(person);
  }

  public void update(long id, String fullName, String email, Set<Role> roles) {
    Person person = find(id);
    person.rename(fullName, email);
    person.assignRoles(roles);
  }

  public void resetPassword(long id, String newPassword) {
    PasswordPolicy.check(newPassword);
    find(id).resetPassword(PasswordHashing.hash(newPassword.toCharArray()));
  }

  public void deactivate(long id) {
    find(id).deactivate();
  }

  public void reactivate(long id) {
    find(id).reactivate();
  }

  private Person find(long id) {
    Person person = em.find(Person.class, id);
    if (person == null) {
      throw new BusinessException("security.person.notFound");
    }
    return person;
  }

  private static String like(String filter) {
    String f = filter == null ? "" : filter.strip().toLowerCase(Locale.ROOT);
    return "%" + f.replace("\\", "").replace("%", "").replace("_", "") + "%";
  }

  static PersonRow row(Person p) {
    return new PersonRow(
        p.id(), p.username(), p.fullName(), p.email(), p.roles(), p.isActive(), p.lockedUntil());
  }
}
