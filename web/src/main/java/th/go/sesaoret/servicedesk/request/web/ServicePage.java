package th.go.sesaoret.servicedesk.request.web;

import th.go.sesaoret.servicedesk.catalog.domain.ServiceCode;

/**
 * What a service adds to the general pages, declared in the service's own web package: one CDI bean
 * per service (e.g. {@code @ApplicationScoped}), found by {@link ServicePages}. Each is a Facelets
 * file the page includes, or null for none.
 */
public interface ServicePage {
  /** The service these pages are for. */
  ServiceCode service();

  /** Its own part of a request's page (e.g. its form's details), below the actions. */
  default String panel() {
    return null;
  }

  /** Its own panels for the steps it acts on itself, in the request page's action area. */
  default String actions() {
    return null;
  }

  /** Its own entries of the menu bar (each with its id and the roles it is rendered for). */
  default String menu() {
    return null;
  }

  /** The outcome of its own form, for a service that is not filed on the general form. */
  default String form() {
    return null;
  }
}
