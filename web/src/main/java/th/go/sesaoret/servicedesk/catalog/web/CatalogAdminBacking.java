package th.go.sesaoret.servicedesk.catalog.web;

import jakarta.ejb.EJB;
import jakarta.ejb.EJBException;
import jakarta.ejb.EJBTransactionRolledbackException;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import jakarta.persistence.OptimisticLockException;
import java.io.Serializable;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import th.go.sesaoret.servicedesk.catalog.application.ServiceCatalog;
import th.go.sesaoret.servicedesk.catalog.application.ServiceStandards;
import th.go.sesaoret.servicedesk.catalog.application.StandardStep;
import th.go.sesaoret.servicedesk.catalog.application.VersionChange;
import th.go.sesaoret.servicedesk.catalog.domain.ServiceCode;
import th.go.sesaoret.servicedesk.catalog.domain.StandardUnit;
import th.go.sesaoret.servicedesk.shared.BusinessException;
import th.go.sesaoret.servicedesk.shared.web.Dialogs;
import th.go.sesaoret.servicedesk.shared.web.Messages;

/** The administrator's service time standards (admin/catalog.xhtml); each change is a version. */
@Named
@ViewScoped
public class CatalogAdminBacking implements Serializable {
  private static final long serialVersionUID = 1L;

  /** How many versions the short history shows. */
  private static final int HISTORY = 5;

  private static final String CONCURRENT = "error.concurrent";

  @EJB private ServiceCatalog catalog;

  // loaded again after a change
  private List<ServiceStandards> services;
  private Map<ServiceCode, List<VersionChange>> histories;
  private StandardForm form = new StandardForm();

  public List<ServiceStandards> getServices() {
    if (services == null) {
      services = catalog.standards();
      histories = new HashMap<>();
    }
    return services;
  }

  /** The latest versions of a service, newest first. */
  public List<VersionChange> history(ServiceStandards service) {
    getServices();
    List<VersionChange> all = histories.computeIfAbsent(service.code(), catalog::history);
    return List.copyOf(all.subList(0, Math.min(HISTORY, all.size())));
  }

  public void startEdit(ServiceStandards service, StandardStep step) {
    form = StandardForm.of(service, step);
  }

  public void save() {
    try {
      VersionChange saved =
          catalog.changeStandard(
              form.getCode(),
              form.getSeenVersionNo(),
              form.getStepOrder(),
              form.getMin(),
              form.getMax(),
              form.getUnit(),
              form.getNote());
      services = null;
      Dialogs.done("admin.catalog.saved", form.getStepOrder(), saved.versionNo());
    } catch (BusinessException e) {
      Messages.error(e);
      if (CONCURRENT.equals(e.key())) {
        services = null;
      }
    } catch (EJBException e) {
      if (!isConcurrentChange(e)) {
        throw e;
      }
      Messages.error(CONCURRENT);
      services = null;
    }
  }

  /** The step being edited, in the version the administrator saw. */
  public StandardStep getEditedStep() {
    return getServices().stream()
        .filter(v -> v.code() == form.getCode())
        .map(v -> v.step(form.getStepOrder()))
        .filter(Objects::nonNull)
        .findFirst()
        .orElse(null);
  }

  private static boolean isConcurrentChange(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof EJBTransactionRolledbackException || t instanceof OptimisticLockException) {
        return true;
      }
    }
    return false;
  }

  public StandardUnit[] getUnits() {
    return StandardUnit.values();
  }

  public StandardForm getForm() {
    return form;
  }
}
