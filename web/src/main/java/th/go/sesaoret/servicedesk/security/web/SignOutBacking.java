package th.go.sesaoret.servicedesk.security.web;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import th.go.sesaoret.servicedesk.security.application.SignIn;

/** Signs out: logs it, ends the session, and shows the public manual. */
@Named
@RequestScoped
public class SignOutBacking {
  @EJB private SignIn signIn;

  public void signOut() throws IOException, ServletException {
    ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
    var request = (HttpServletRequest) external.getRequest();
    if (request.getUserPrincipal() != null) {
      signIn.signedOut(request.getUserPrincipal().getName(), request.getRemoteAddr());
    }
    SessionTraffic.forget(request.getSession(false));
    request.logout();
    external.invalidateSession();
    external.redirect(external.getRequestContextPath() + "/manual.xhtml?signedOut=true");
  }
}
