package th.go.sesaoret.servicedesk.catalog.web;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;
import java.util.List;
import th.go.sesaoret.servicedesk.catalog.application.ServiceCatalog;
import th.go.sesaoret.servicedesk.catalog.domain.ServiceCode;

/** The services a page offers to choose from (the lists' service filter): the catalog's. */
@Named
@RequestScoped
public class ServiceChoices {
  @EJB private ServiceCatalog catalog;

  private List<ServiceCode> all;

  /** Every service of the catalog, in the manual's order. */
  public List<ServiceCode> getAll() {
    if (all == null) {
      all = catalog.services();
    }
    return all;
  }
}
