package th.go.sesaoret.servicedesk.repair.application;

import jakarta.ejb.EJB;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.logging.Logger;

/** The auto-close timer: every five minutes, one {@link RepairClosing} pass. */
@Singleton
public class RepairAutoClose {
  private static final Logger LOG = Logger.getLogger(RepairAutoClose.class.getName());

  @EJB private RepairClosing closing;
  @Inject private Clock clock;

  @Schedule(
      hour = "*",
      minute = "*/5",
      persistent = false,
      info = "auto-close of unconfirmed repairs")
  void everyFiveMinutes() {
    int closed = closing.closeUnconfirmed(clock.instant());
    if (closed > 0) {
      LOG.info(() -> "Closed " + closed + " unconfirmed repairs");
    }
  }
}
