package th.go.sesaoret.servicedesk.security.application;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Optional;
import th.go.sesaoret.servicedesk.security.domain.Person;

/** What a signed-in person may read and set about themselves. */
@Stateless
@PermitAll
public class Profile {
  @PersistenceContext private EntityManager em;
  @Resource private SessionContext session;

  public Optional<Person> me() {
    String name = session.getCallerPrincipal().getName();
    return People.byUsername(em, name);
  }

  /** Remembers the caller's language (notices and e-mail follow it). */
  public void preferLanguage(String language) {
    me().ifPresent(p -> p.preferLanguage(language));
  }
}
