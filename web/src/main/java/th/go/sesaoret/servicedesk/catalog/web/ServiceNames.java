package th.go.sesaoret.servicedesk.catalog.web;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.function.Function;
import th.go.sesaoret.servicedesk.catalog.application.ServiceCatalog;
import th.go.sesaoret.servicedesk.catalog.domain.ServiceCode;
import th.go.sesaoret.servicedesk.shared.web.LocaleBacking;

/**
 * A service's label on a page ({@code #{serviceNames.of(code)}}), in the page's language: the
 * pages' bundle word {@code request.service.<CODE>} when there is one, else the catalog's own name
 * of the service, so a service added to the catalog without words of its own never shows a key.
 */
@Named
@RequestScoped
public class ServiceNames {
  static final String KEY = "request.service.";

  @EJB private ServiceCatalog catalog;
  @Inject private LocaleBacking language;

  private ResourceBundle words;
  private Map<ServiceCode, String> catalogNames;

  public String of(ServiceCode code) {
    Locale locale = language.getLocale();
    if (words == null) {
      words =
          ResourceBundle.getBundle(
              "messages", locale, Thread.currentThread().getContextClassLoader());
    }
    return label(code, words, this::catalogName);
  }

  private String catalogName(ServiceCode code) {
    if (catalogNames == null) {
      catalogNames = catalog.names(language.getLocale());
    }
    return catalogNames.get(code);
  }

  /** The bundle's word for {@code code}, else what the catalog calls it (never the key). */
  static String label(
      ServiceCode code, ResourceBundle words, Function<ServiceCode, String> catalogName) {
    String key = KEY + code.name();
    if (words.containsKey(key)) {
      return words.getString(key);
    }
    String name = catalogName.apply(code);
    return name == null ? "" : name;
  }
}
