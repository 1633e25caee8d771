package th.go.sesaoret.servicedesk.catalog.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import org.junit.jupiter.api.Test;
import th.go.sesaoret.servicedesk.catalog.domain.ServiceCode;

/**
 * A service is labelled by the pages' word for it, and a service the catalog has but the bundle
 * does not (one added by catalog rows alone) by the catalog's name, never by a bundle key.
 */
class ServiceNamesTest {
  private static final ResourceBundle THAI =
      ResourceBundle.getBundle("messages", Locale.forLanguageTag("th"));
  private static final ResourceBundle ENGLISH =
      ResourceBundle.getBundle("messages", Locale.ENGLISH);

  @Test
  void aServiceWithAWordOfItsOwnIsLabelledByIt() {
    assertEquals(
        THAI.getString("request.service.REPAIR"),
        ServiceNames.label(ServiceCode.REPAIR, THAI, code -> "the catalog's name"));
    assertEquals(
        "Hardware repair / software fix",
        ServiceNames.label(ServiceCode.REPAIR, ENGLISH, code -> "the catalog's name"));
  }

  @Test
  void aServiceWithoutAWordIsLabelledByItsCatalogName() {
    ServiceCode added = ServiceCode.of("ADDED_BY_ROWS");
    Map<ServiceCode, String> catalog = Map.of(added, "A service added to the catalog");
    assertEquals(
        "A service added to the catalog", ServiceNames.label(added, ENGLISH, catalog::get));
    assertEquals("A service added to the catalog", ServiceNames.label(added, THAI, catalog::get));
  }
}
