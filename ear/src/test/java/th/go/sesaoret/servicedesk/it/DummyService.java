package th.go.sesaoret.servicedesk.it;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Locale;
import java.util.Optional;
import th.go.sesaoret.servicedesk.catalog.domain.ServiceCode;
import th.go.sesaoret.servicedesk.request.application.ServicePlugin;

/**
 * A fourth service that exists only in the tests: asked for on a form of its own ({@code
 * dummy.ask}, the requester's, in office time, done by filing) and done by DLICT staff at a booked
 * time ({@code dummy.do}, on the booking clock). Deployed in the EJB module, where the engine's
 * registry finds it like any service's plug-in.
 */
@ApplicationScoped
public class DummyService implements ServicePlugin {
  public static final ServiceCode CODE = ServiceCode.of("DUMMY");
  public static final String ASK = "dummy.ask";
  public static final String DO = "dummy.do";
  public static final String ASKED_ON_ITS_FORM = "ผู้รับบริการขอผ่านแบบฟอร์มของบริการทดสอบ";

  @Override
  public ServiceCode service() {
    return CODE;
  }

  @Override
  public boolean ownForm() {
    return true;
  }

  @Override
  public boolean ownActions(String stepKey) {
    return ASK.equals(stepKey);
  }

  @Override
  public Optional<String> stepName(long requestId, String stepKey, Locale locale) {
    return ASK.equals(stepKey) ? Optional.of(ASKED_ON_ITS_FORM) : Optional.empty();
  }
}
