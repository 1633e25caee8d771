package th.go.sesaoret.servicedesk.it;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import th.go.sesaoret.servicedesk.request.domain.ServiceRequest;

/**
 * Loads a request into the caller's transaction, so two transactions can hold the same version of
 * it before either acts: the honest way to make two approvals collide in a test.
 */
@Stateless
@PermitAll
public class Preload {
  @PersistenceContext(unitName = "servicedesk")
  private EntityManager em;

  public void load(long requestId) {
    em.find(ServiceRequest.class, requestId).steps().forEach(s -> s.round());
  }
}
