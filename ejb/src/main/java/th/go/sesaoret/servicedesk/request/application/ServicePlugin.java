package th.go.sesaoret.servicedesk.request.application;

import java.util.Locale;
import java.util.Optional;
import th.go.sesaoret.servicedesk.attachment.domain.AttachmentPolicy;
import th.go.sesaoret.servicedesk.catalog.domain.ServiceCode;
import th.go.sesaoret.servicedesk.request.domain.RequestStatus;

/**
 * What a service adds to the request engine, declared in the service's own package: one CDI bean
 * per service (e.g. {@code @ApplicationScoped}), found by {@link ServicePlugins}. Steps are named
 * by their stable key in the catalog ({@code StepDefinition.key()}, e.g. {@code
 * publication.draft}). A service without a plug-in gets the defaults: the general form, {@link
 * AttachmentPolicy#DOCUMENTS}, the engine's actions on every step and the manual's words.
 */
public interface ServicePlugin {
  /** The service this plug-in is for (a code of the catalog's services). */
  ServiceCode service();

  /**
   * True when the service is filed on a form of its own (through {@link
   * RequestSubmission#fileWith}); the general form refuses it.
   */
  default boolean ownForm() {
    return false;
  }

  /** What the service's requests may carry as attachments. */
  default AttachmentPolicy attachments() {
    return AttachmentPolicy.DOCUMENTS;
  }

  /**
   * True when step {@code stepKey} is completed or approved by the service's own actions (they keep
   * its details: a receipt number, an order, a work log), not by the engine's step actions.
   */
  default boolean ownActions(String stepKey) {
    return false;
  }

  /**
   * True when the request page shows the service's own panel for step {@code stepKey} instead of
   * the engine's; that panel then also offers the engine's actions the step allows (return for
   * correction, a signed rejection).
   */
  default boolean ownPanel(String stepKey) {
    return ownActions(stepKey);
  }

  /**
   * The service's own name of a step on a request's timeline, where the manual's words fit only one
   * way of filing; empty for the manual's words (the catalog and the public manual keep those).
   */
  default Optional<String> stepName(long requestId, String stepKey, Locale locale) {
    return Optional.empty();
  }

  /**
   * True when DLICT staff may file the service for someone who phoned or came by (as the clerk may
   * for every service filed on its own form), e.g. a meeting booked by phone.
   */
  default boolean staffMayFileFor() {
    return false;
  }

  /**
   * Called in the transaction of the action that ended request {@code requestId} (completed,
   * cancelled, rejected), after the engine's rules ran: the service frees what the request held (a
   * booked room). The default does nothing.
   */
  default void ended(long requestId, RequestStatus status) {}

  /** The engine's defaults for a service without a plug-in of its own. */
  static ServicePlugin general(ServiceCode service) {
    return () -> service;
  }
}
