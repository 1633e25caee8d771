package th.go.sesaoret.servicedesk.security.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.SecurityContext;
import java.io.IOException;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import th.go.sesaoret.servicedesk.security.domain.Landing;
import th.go.sesaoret.servicedesk.security.domain.Role;

/** The signed-in person's roles and home page ({@code /home.xhtml} sends them there). */
@Named
@RequestScoped
public class RoleHome {
  @Inject private SecurityContext securityContext;

  public Set<Role> roles() {
    return Arrays.stream(Role.values())
        .filter(r -> securityContext.isCallerInRole(r.name()))
        .collect(Collectors.toCollection(() -> EnumSet.noneOf(Role.class)));
  }

  /** The caller's roles in the manual's order, for the header's quiet role label. */
  public List<Role> getRoleList() {
    return List.copyOf(roles());
  }

  /** The home page of one of the caller's roles (the role label links there). */
  public String homeOf(Role role) {
    return Landing.homeFor(EnumSet.of(role));
  }

  public String page() {
    return Landing.homeFor(roles());
  }

  /** The view action of /home.xhtml. */
  public void go() throws IOException {
    ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
    external.redirect(external.getRequestContextPath() + page());
  }

  public boolean isSignedIn() {
    return securityContext.getCallerPrincipal() != null;
  }

  public String getCallerName() {
    var principal = securityContext.getCallerPrincipal();
    return principal == null ? "" : principal.getName();
  }
}
