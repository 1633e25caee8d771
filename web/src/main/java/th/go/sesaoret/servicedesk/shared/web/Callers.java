package th.go.sesaoret.servicedesk.shared.web;

import jakarta.faces.context.FacesContext;
import jakarta.servlet.http.HttpServletRequest;

/** The signed-in person as the page sees them: name, roles, source address. */
public final class Callers {
  private Callers() {}

  public static String ip() {
    return request().getRemoteAddr();
  }

  public static String name() {
    return request().getRemoteUser();
  }

  public static boolean hasRole(String role) {
    return request().isUserInRole(role);
  }

  private static HttpServletRequest request() {
    return (HttpServletRequest) FacesContext.getCurrentInstance().getExternalContext().getRequest();
  }
}
