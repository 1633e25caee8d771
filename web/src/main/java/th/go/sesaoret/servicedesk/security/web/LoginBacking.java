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
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import th.go.sesaoret.servicedesk.shared.web.Messages;

/**
 * The sign-in form. One message for every refusal, so nobody learns which accounts exist. The page
 * keeps no state and starts no session (its view is transient); a post that did not come from it in
 * this browser is refused first ({@link LoginGuard}). The session starts when the sign-in succeeds;
 * a session that existed before (the page to return to) gets a new id before the credential is
 * checked, so an id planted before sign-in (session fixation) never becomes a signed-in session;
 * its attributes move to the new id.
 */
@Named
@RequestScoped
public class LoginBacking {
  @Inject private SecurityContext securityContext;
  @Inject private RoleHome roleHome;
  @Inject private LoginGuard guard;

  private String username;
  private String password;

  public void login() throws IOException {
    FacesContext faces = FacesContext.getCurrentInstance();
    ExternalContext external = faces.getExternalContext();
    var request = (HttpServletRequest) external.getRequest();
    if (!guard.genuine()) {
      Messages.error("security.signIn.refused");
      return;
    }
    var credential = new UsernamePasswordCredential(username.strip(), new Password(password));
    boolean hadSession = renewSessionId(request);
    AuthenticationStatus status =
        securityContext.authenticate(
            request,
            (HttpServletResponse) external.getResponse(),
            AuthenticationParameters.withParams().credential(credential).newAuthentication(true));
    switch (status) {
      case SEND_CONTINUE -> {
        signedIn(request, credential.getCaller());
        faces.responseComplete();
      }
      case SUCCESS -> {
        signedIn(request, credential.getCaller());
        external.redirect(external.getRequestContextPath() + roleHome.page());
      }
      default -> {
        dropStartedSession(request, hadSession);
        Messages.error("security.signIn.failed");
      }
    }
  }

  private void signedIn(HttpServletRequest request, String username) {
    guard.forget();
    SessionTraffic.signedIn(request.getSession(), username, request.getRemoteAddr());
  }

  /**
   * Before authentication: the response is not committed yet, so the new cookie is sent. True when
   * there was a session.
   */
  private static boolean renewSessionId(HttpServletRequest request) {
    if (request.getSession(false) == null) {
      return false;
    }
    request.changeSessionId();
    return true;
  }

  /**
   * A refused sign-in leaves no session that it started itself (the mechanism's bookkeeping), so
   * that wrong passwords do not fill the server with sessions.
   */
  private static void dropStartedSession(HttpServletRequest request, boolean hadSession) {
    HttpSession session = request.getSession(false);
    if (!hadSession && session != null) {
      session.invalidate();
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
