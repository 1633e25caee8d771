package th.go.sesaoret.servicedesk.security.web;

import jakarta.annotation.security.DeclareRoles;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.security.enterprise.authentication.mechanism.http.CustomFormAuthenticationMechanismDefinition;
import jakarta.security.enterprise.authentication.mechanism.http.LoginToContinue;

/**
 * Form sign-in on our own PrimeFaces page (login.xhtml), checked by {@link
 * ServiceDeskIdentityStore} against the database.
 */
@CustomFormAuthenticationMechanismDefinition(
    loginToContinue =
        @LoginToContinue(loginPage = "/login.xhtml", errorPage = "", useForwardToLogin = false))
@DeclareRoles({
  "REQUESTER",
  "CLERK",
  "STAFF",
  "GROUP_DIRECTOR",
  "DEPUTY_DIRECTOR",
  "DIRECTOR",
  "ADMIN"
})
@ApplicationScoped
public class SecurityConfiguration {}
