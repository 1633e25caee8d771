package th.go.sesaoret.servicedesk.shared;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import java.time.Clock;

/** The one place time comes from; tests replace it to control SLA clocks. */
@ApplicationScoped
public class ClockProducer {
  @Produces
  @ApplicationScoped
  Clock clock() {
    return Clock.system(OfficeTime.ZONE);
  }
}
