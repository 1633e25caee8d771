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
import th.go.sesaoret.servicedesk.catalog.application.ServiceCatalog;
import th.go.sesaoret.servicedesk.catalog.domain.ServiceCode;
import th.go.sesaoret.servicedesk.catalog.domain.ServiceVersion;
import th.go.sesaoret.servicedesk.catalog.domain.StandardUnit;
import th.go.sesaoret.servicedesk.catalog.domain.StepDefinition;
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

  // entities: loaded again after a change, or when the view comes back from storage
  private transient List<ServiceVersion> services;
  private transient Map<ServiceCode, List<ServiceVersion>> histories;
  private StandardForm form = new StandardForm();

  public List<ServiceVersion> getServices() {
    if (services == null) {
      services = catalog.currentVersions();
      histories = new HashMap<>();
    }
    return services;
  }

  /** The latest versions of a service, newest first. */
  public List<ServiceVersion> history(ServiceVersion version) {
    getServices();
    List<ServiceVersion> all =
        histories.computeIfAbsent(version.service().code(), catalog::history);
    return all.subList(0, Math.min(HISTORY, all.size()));
  }

  public void startEdit(ServiceVersion version, StepDefinition step) {
    form = StandardForm.of(version, step);
  }

  public void save() {
    try {
      ServiceVersion saved =
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
  public StepDefinition getEditedStep() {
    return getServices().stream()
        .filter(v -> v.service().code() == form.getCode())
        .flatMap(v -> v.steps().stream())
        .filter(s -> s.order() == form.getStepOrder())
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
