package th.go.sesaoret.servicedesk.security.application;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import th.go.sesaoret.servicedesk.security.domain.AccessEvent;
import th.go.sesaoret.servicedesk.security.domain.AccessLogEntry;
import th.go.sesaoret.servicedesk.security.domain.LockoutPolicy;
import th.go.sesaoret.servicedesk.security.domain.PasswordHashing;
import th.go.sesaoret.servicedesk.security.domain.Person;
import th.go.sesaoret.servicedesk.security.domain.Role;

/**
 * Checks a user name and password for the identity store, applies the lockout policy and writes the
 * traffic log. Says only yes (with the roles) or no: never why, so nobody learns which user names
 * exist.
 */
@Stateless
@PermitAll
public class SignIn {
  @PersistenceContext private EntityManager em;
  @Inject private Clock clock;

  public Optional<Set<Role>> verify(String username, char[] password, String sourceIp) {
    String name = Person.normalizeUsername(username);
    Instant now = clock.instant();
    Optional<Person> found = People.byUsername(em, name);
    if (found.isEmpty()) {
      PasswordHashing.verifyNobody(password);
      log(now, name, sourceIp, AccessEvent.SIGN_IN_FAILED);
      return Optional.empty();
    }
    Person person = found.get();
    if (person.isLockedAt(now)) {
      PasswordHashing.verifyNobody(password);
      log(now, name, sourceIp, AccessEvent.SIGN_IN_LOCKED);
      return Optional.empty();
    }
    boolean matches = PasswordHashing.verify(password, person.passwordHash());
    if (!matches || !person.isActive()) {
      if (matches) {
        log(now, name, sourceIp, AccessEvent.SIGN_IN_FAILED);
      } else if (person.failedSignIn(now, LockoutPolicy.DEFAULT)) {
        log(now, name, sourceIp, AccessEvent.SIGN_IN_LOCKED);
      } else {
        log(now, name, sourceIp, AccessEvent.SIGN_IN_FAILED);
      }
      return Optional.empty();
    }
    person.signedIn();
    log(now, name, sourceIp, AccessEvent.SIGN_IN);
    return Optional.of(EnumSet.copyOf(person.roles()));
  }

  public void signedOut(String username, String sourceIp) {
    log(clock.instant(), Person.normalizeUsername(username), sourceIp, AccessEvent.SIGN_OUT);
  }

  /** The session of a signed-in person timed out: the traffic log still gets its end. */
  public void sessionExpired(String username, String sourceIp) {
    log(clock.instant(), Person.normalizeUsername(username), sourceIp, AccessEvent.SESSION_EXPIRED);
  }

  private void log(Instant at, String username, String ip, AccessEvent event) {
    em.persist(new AccessLogEntry(at, username, ip, event));
  }
}
