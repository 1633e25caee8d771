package th.go.sesaoret.servicedesk.security.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.SecurityContext;
import jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters;
import jakarta.security.enterprise.credential.Password;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import th.go.sesaoret.servicedesk.shared.web.Messages;

/**
 * The sign-in form. One message for every refusal, so nobody learns which accounts exist. The
 * session id is renewed before the credential is checked, so an id planted before sign-in (session
 * fixation) never becomes a signed-in session; the session's attributes (the page to return to)
 * move to the new id.
 */
@Named
@RequestScoped
public class LoginBacking {
  @Inject private SecurityContext securityContext;
  @Inject private RoleHome roleHome;

  private String username;
  private String password;

  public void login() throws IOException {
    FacesContext faces = FacesContext.getCurrentInstance();
    ExternalContext external = faces.getExternalContext();
    var credential = new UsernamePasswordCredential(username.strip(), new Password(password));
    renewSessionId((HttpServletRequest) external.getRequest());
    AuthenticationStatus status =
        securityContext.authenticate(
            (HttpServletRequest) external.getRequest(),
            (HttpServletResponse) external.getResponse(),
            AuthenticationParameters.withParams().credential(credential).newAuthentication(true));
    if (status == AuthenticationStatus.SUCCESS || status == AuthenticationStatus.SEND_CONTINUE) {
      var request = (HttpServletRequest) external.getRequest();
      SessionTraffic.signedIn(
          request.getSession(), credential.getCaller(), request.getRemoteAddr());
    }
    switch (status) {
      case SEND_CONTINUE -> faces.responseComplete();
      case SUCCESS -> external.redirect(external.getRequestContextPath() + roleHome.page());
      default -> Messages.error("security.signIn.failed");
    }
  }

  /** Before authentication: the response is not committed yet, so the new cookie is sent. */
  private static void renewSessionId(HttpServletRequest request) {
    if (request.getSession(false) != null) {
      request.changeSessionId();
    }
  }

  public String getUsername() {
    return username;
  }

  public void setUsername(String username) {
    this.username = username;
  }

  public String getPassword() {
    return password;
  }

  public void setPassword(String password) {
    this.password = password;
  }
}
