package th.go.sesaoret.servicedesk.request.application;

import jakarta.ejb.EJB;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.logging.Logger;

/** The SLA timer: every minute, one {@link SlaScan} pass (it does nothing outside office hours). */
@Singleton
public class SlaMonitoring {
  private static final Logger LOG = Logger.getLogger(SlaMonitoring.class.getName());

  @EJB private SlaScan scan;
  @Inject private Clock clock;

  @Schedule(hour = "*", minute = "*", persistent = false, info = "SLA scan of open steps")
  void everyMinute() {
    int raised = scan.scan(clock.instant());
    if (raised > 0) {
      LOG.info(() -> "SLA scan raised " + raised + " warnings or escalations");
    }
  }
}
