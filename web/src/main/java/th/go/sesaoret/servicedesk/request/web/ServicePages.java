package th.go.sesaoret.servicedesk.request.web;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import th.go.sesaoret.servicedesk.catalog.domain.ServiceCode;
import th.go.sesaoret.servicedesk.request.application.ServicePlugins;

/**
 * The services' own pages, for the general pages (the layout's menu, the request form and the
 * request page): they include what {@link ServicePage} names and know no service. A service without
 * one has none of its own.
 */
@Named
@ApplicationScoped
public class ServicePages {
  @Inject @Any private Instance<ServicePage> found;
  @Inject private ServicePlugins plugins;

  private final Map<ServiceCode, ServicePage> pages = new HashMap<>();

  @PostConstruct
  void register() {
    for (ServicePage page : found) {
      if (pages.putIfAbsent(page.service(), page) != null) {
        throw new IllegalStateException("two pages for service " + page.service());
      }
    }
  }

  /** The pages of {@code service}, or none of its own. */
  public ServicePage of(ServiceCode service) {
    ServicePage page = service == null ? null : pages.get(service);
    return page != null ? page : () -> service;
  }

  /** Every service's pages, by code (the layout includes their menu entries). */
  public List<ServicePage> getAll() {
    return pages.values().stream().sorted(Comparator.comparing(ServicePage::service)).toList();
  }

  /** The services filed on a form of their own, with its outcome (the general form names them). */
  public List<ServicePage> getOwnForms() {
    return getAll().stream().filter(p -> p.form() != null && ownForm(p.service())).toList();
  }

  /** True when {@code service} is filed (and corrected) on a form of its own. */
  public boolean ownForm(ServiceCode service) {
    return plugins.of(service).ownForm();
  }
}
