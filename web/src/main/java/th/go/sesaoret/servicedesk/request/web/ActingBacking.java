package th.go.sesaoret.servicedesk.request.web;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.ejb.EJBException;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import th.go.sesaoret.servicedesk.request.application.ActingAppointment;
import th.go.sesaoret.servicedesk.request.application.ActingOfficials;
import th.go.sesaoret.servicedesk.security.domain.Role;
import th.go.sesaoret.servicedesk.shared.BusinessException;
import th.go.sesaoret.servicedesk.shared.web.Messages;

/** Acting officials (admin/acting.xhtml): the current appointments and a form to appoint one. */
@Named
@ViewScoped
public class ActingBacking implements Serializable {
  private static final long serialVersionUID = 1L;

  @EJB private ActingOfficials acting;

  private List<Role> roles = List.of();
  private List<ActingAppointment> current = List.of();
  private Role role = Role.DIRECTOR;
  private String username;
  private LocalDate from;
  private LocalDate to;

  @PostConstruct
  void init() {
    roles = acting.roles();
    current = acting.current();
  }

  public void appoint() {
    String who = username == null ? "" : username.strip();
    try {
      acting.appoint(role, who, from, to, sourceIp());
      Messages.info("admin.acting.appointed", who, Messages.text(role.labelKey()));
      username = null;
      from = null;
      to = null;
      role = Role.DIRECTOR;
    } catch (BusinessException e) {
      Messages.error(e);
    } catch (EJBException e) {
      if (e.getCause() instanceof BusinessException b) {
        Messages.error(b);
      } else {
        throw e;
      }
    }
    current = acting.current();
  }

  private static String sourceIp() {
    return ((HttpServletRequest)
            FacesContext.getCurrentInstance().getExternalContext().getRequest())
        .getRemoteAddr();
  }

  /** The positions one may act for, as the engine says (its approval roles). */
  public List<Role> getRoles() {
    return roles;
  }

  public List<ActingAppointment> getCurrent() {
    return current;
  }

  public Role getRole() {
    return role;
  }

  public void setRole(Role role) {
    this.role = role;
  }

  public String getUsername() {
    return username;
  }

  public void setUsername(String username) {
    this.username = username;
  }

  public LocalDate getFrom() {
    return from;
  }

  public void setFrom(LocalDate from) {
    this.from = from;
  }

  public LocalDate getTo() {
    return to;
  }

  public void setTo(LocalDate to) {
    this.to = to;
  }
}
