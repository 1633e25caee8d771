package th.go.sesaoret.servicedesk.security.web;

import java.io.Serializable;
import java.util.EnumSet;
import java.util.Set;
import th.go.sesaoret.servicedesk.security.application.PersonRow;
import th.go.sesaoret.servicedesk.security.domain.Role;

/** What the account dialogs (new, edit, reset password) edit; the rules are the service's. */
public class PersonForm implements Serializable {
  private static final long serialVersionUID = 1L;

  private Long id;
  private String username;
  private String fullName;
  private String email;
  private String password;
  private Role[] roles = {};

  /** A blank form for a new account, with the requester role ticked. */
  static PersonForm blank() {
    PersonForm form = new PersonForm();
    form.roles = new Role[] {Role.REQUESTER};
    return form;
  }

  static PersonForm of(PersonRow row) {
    PersonForm form = new PersonForm();
    form.id = row.id();
    form.username = row.username();
    form.fullName = row.fullName();
    form.email = row.email();
    form.roles = row.roles().toArray(Role[]::new);
    return form;
  }

  Set<Role> roleSet() {
    Set<Role> set = EnumSet.noneOf(Role.class);
    if (roles != null) {
      set.addAll(Set.of(roles));
    }
    return set;
  }

  public Long getId() {
    return id;
  }

  public String getUsername() {
    return username;
  }

  public void setUsername(String username) {
    this.username = username;
  }

  public String getFullName() {
    return fullName;
  }

  public void setFullName(String fullName) {
    this.fullName = fullName;
  }

  public String getEmail() {
    return email;
  }

  public void setEmail(String email) {
    this.email = email;
  }

  public String getPassword() {
    return password;
  }

  public void setPassword(String password) {
    this.password = password;
  }

  public Role[] getRoles() {
    return roles;
  }

  public void setRoles(Role[] roles) {
    this.roles = roles;
  }
}
