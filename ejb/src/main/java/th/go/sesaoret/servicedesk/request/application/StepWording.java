package th.go.sesaoret.servicedesk.request.application;

import java.util.Locale;
import java.util.Optional;
import th.go.sesaoret.servicedesk.catalog.domain.ServiceCode;

/**
 * A feature's own wording of one of its steps on a request's timeline, where the manual's words fit
 * only one way of filing (the repair form "at the ICT room" when it was filed online). The catalog
 * and the public manual keep the manual's words verbatim; features implement this as CDI beans, and
 * the request feature asks each of them, knowing none.
 */
public interface StepWording {
  /** The step's name for this request in the reader's language, or empty for the manual's. */
  Optional<String> name(long requestId, ServiceCode service, int stepOrder, Locale locale);
}
