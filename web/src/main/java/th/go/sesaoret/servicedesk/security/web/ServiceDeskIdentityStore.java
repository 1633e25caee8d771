package th.go.sesaoret.servicedesk.security.web;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStore;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Set;
import java.util.stream.Collectors;
import th.go.sesaoret.servicedesk.security.application.SignIn;
import th.go.sesaoret.servicedesk.security.domain.Role;

/** The database identity store: delegates to {@link SignIn}, which also logs and locks. */
@ApplicationScoped
public class ServiceDeskIdentityStore implements IdentityStore {
  @EJB private SignIn signIn;
  @Inject private HttpServletRequest request;

  public CredentialValidationResult validate(UsernamePasswordCredential credential) {
    return signIn
        .verify(
            credential.getCaller(), credential.getPassword().getValue(), request.getRemoteAddr())
        .map(roles -> new CredentialValidationResult(credential.getCaller().strip(), names(roles)))
        .orElse(CredentialValidationResult.INVALID_RESULT);
  }

  private static Set<String> names(Set<Role> roles) {
    return roles.stream().map(Role::name).collect(Collectors.toSet());
  }
}
