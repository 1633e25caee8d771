package th.go.sesaoret.servicedesk.it;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import th.go.sesaoret.servicedesk.request.application.ActingRoles;

/**
 * What the approval desk's tests do behind the application's back: change a request's content after
 * it was shown (as a correction racing the signer would), and end a test's acting appointment.
 */
@Stateless
@PermitAll
public class ApprovalDeskFixture {
  @PersistenceContext(unitName = "servicedesk")
  private EntityManager em;

  @Inject private ActingRoles acting;

  public void retitle(long requestId, String title) {
    em.createNativeQuery("update service_request set title = ?1 where id = ?2")
        .setParameter(1, title)
        .setParameter(2, requestId)
        .executeUpdate();
  }

  public void endActing(String username) {
    em.createNativeQuery("delete from acting_official where username = ?1")
        .setParameter(1, username)
        .executeUpdate();
    acting.changing();
  }
}
