package th.go.sesaoret.servicedesk.request.web;

import jakarta.faces.context.FacesContext;
import jakarta.servlet.http.HttpServletRequest;

/** The signed-in person as the page sees them: name, roles, source address. */
final class Callers {
  private Callers() {}

  static String ip() {
    return request().getRemoteAddr();
  }

  static String name() {
    return request().getRemoteUser();
  }

  static boolean hasRole(String role) {
    return request().isUserInRole(role);
  }

  private static HttpServletRequest request() {
    return (HttpServletRequest) FacesContext.getCurrentInstance().getExternalContext().getRequest();
  }
}
