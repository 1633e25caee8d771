package th.go.sesaoret.servicedesk.security.web;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Clock;
import java.util.List;
import java.util.stream.Collectors;
import th.go.sesaoret.servicedesk.security.application.PeopleAdministration;
import th.go.sesaoret.servicedesk.security.application.PersonRow;
import th.go.sesaoret.servicedesk.security.domain.PasswordPolicy;
import th.go.sesaoret.servicedesk.security.domain.Role;
import th.go.sesaoret.servicedesk.shared.BusinessException;
import th.go.sesaoret.servicedesk.shared.web.Dialogs;
import th.go.sesaoret.servicedesk.shared.web.Messages;
import th.go.sesaoret.servicedesk.shared.web.PagedModel;

/** The administrator's account list (admin/people.xhtml): paged by the database. */
@Named
@ViewScoped
public class PeopleBacking implements Serializable {
  private static final long serialVersionUID = 1L;

  @EJB private PeopleAdministration people;
  @Inject private Clock clock;

  private final PagedModel<PersonRow> model =
      new PagedModel<>(this::count, this::page, PersonRow::id);
  private PersonForm form = PersonForm.blank();

  private long count(String filter) {
    return people.count(filter);
  }

  private List<PersonRow> page(String filter, int first, int size) {
    return people.page(filter, first, size);
  }

  public void startNew() {
    form = PersonForm.blank();
  }

  public void startEdit(PersonRow row) {
    form = PersonForm.of(row);
  }

  public void create() {
    try {
      PersonRow created =
          people.create(
              form.getUsername(),
              form.getFullName(),
              form.getEmail(),
              form.getPassword(),
              form.roleSet());
      Dialogs.done("admin.people.created", created.username());
    } catch (BusinessException e) {
      Messages.error(e);
    } finally {
      form.setPassword(null);
    }
  }

  public void update() {
    try {
      people.update(form.getId(), form.getFullName(), form.getEmail(), form.roleSet());
      Dialogs.done("admin.people.updated", form.getUsername());
    } catch (BusinessException e) {
      Messages.error(e);
    }
  }

  public void resetPassword() {
    try {
      people.resetPassword(form.getId(), form.getPassword());
      Dialogs.done("admin.people.passwordReset", form.getUsername());
    } catch (BusinessException e) {
      Messages.error(e);
    } finally {
      form.setPassword(null);
    }
  }

  public void deactivate(PersonRow row) {
    try {
      people.deactivate(row.id());
      Messages.info("admin.people.deactivated", row.username());
    } catch (BusinessException e) {
      Messages.error(e);
    }
  }

  public void reactivate(PersonRow row) {
    try {
      people.reactivate(row.id());
      Messages.info("admin.people.reactivated", row.username());
    } catch (BusinessException e) {
      Messages.error(e);
    }
  }

  /** The row's roles in the page's language, most senior first. */
  public String roleLabels(PersonRow row) {
    return row.roles().stream()
        .map(r -> Messages.text(r.labelKey()))
        .collect(Collectors.joining(", "));
  }

  /** Locked now after repeated wrong passwords (the lock lifts by itself). */
  public boolean locked(PersonRow row) {
    return row.lockedUntil() != null && clock.instant().isBefore(row.lockedUntil());
  }

  /** A bundle text with the row's user name, for confirmations. */
  public String textFor(String key, PersonRow row) {
    return Messages.text(key, row.username());
  }

  public int getPasswordMinLength() {
    return PasswordPolicy.MIN_LENGTH;
  }

  public Role[] getAllRoles() {
    return Role.values();
  }

  public PagedModel<PersonRow> getModel() {
    return model;
  }

  public PersonForm getForm() {
    return form;
  }
}
