package th.go.sesaoret.servicedesk.request.application;

import static th.go.sesaoret.servicedesk.security.domain.Role.CLERK_NAME;
import static th.go.sesaoret.servicedesk.security.domain.Role.DEPUTY_DIRECTOR_NAME;
import static th.go.sesaoret.servicedesk.security.domain.Role.DIRECTOR_NAME;
import static th.go.sesaoret.servicedesk.security.domain.Role.GROUP_DIRECTOR_NAME;
import static th.go.sesaoret.servicedesk.security.domain.Role.REQUESTER_NAME;
import static th.go.sesaoret.servicedesk.security.domain.Role.STAFF_NAME;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Arrays;
import th.go.sesaoret.servicedesk.security.domain.PasswordHashing;
import th.go.sesaoret.servicedesk.security.domain.Person;
import th.go.sesaoret.servicedesk.shared.BusinessException;

/**
 * Re-authentication at the moment of signing (Electronic Transactions Act s.9: the signer is
 * identified reliably). A wrong password refuses the signature and counts nothing else: it is not a
 * sign-in, so it neither locks the account nor writes the traffic log; the refusal is audited.
 */
@Stateless
@RolesAllowed({
  REQUESTER_NAME,
  CLERK_NAME,
  STAFF_NAME,
  GROUP_DIRECTOR_NAME,
  DEPUTY_DIRECTOR_NAME,
  DIRECTOR_NAME
})
public class Signatures {
  @PersistenceContext private EntityManager em;

  /**
   * The signer {@code username} after one check of their password, for several signatures in a row
   * (each still bound to its own content hash).
   */
  public Signer signer(String username, char[] password) {
    checkPassword(username, password);
    return new Signer(username);
  }

  public void checkPassword(String username, char[] password) {
    char[] given = password == null ? new char[0] : password;
    try {
      var person =
          em.createQuery(
                  "select p from Person p where p.username = :u and p.active = true", Person.class)
              .setParameter("u", username)
              .getResultStream()
              .findFirst();
      boolean ok =
          person.isPresent() ? PasswordHashing.verify(given, person.get().passwordHash()) : false;
      if (person.isEmpty()) {
        PasswordHashing.verifyNobody(given);
      }
      if (!ok) {
        throw new BusinessException("request.approval.badPassword");
      }
    } finally {
      Arrays.fill(given, '\0');
    }
  }
}
