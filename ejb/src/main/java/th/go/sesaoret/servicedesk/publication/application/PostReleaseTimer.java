package th.go.sesaoret.servicedesk.publication.application;

import jakarta.ejb.EJB;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.logging.Logger;

/** The posts' release timer: every minute, one {@link PostReleases} pass at the clock's instant. */
@Singleton
public class PostReleaseTimer {
  private static final Logger LOG = Logger.getLogger(PostReleaseTimer.class.getName());

  @EJB private PostReleases releases;
  @Inject private Clock clock;

  @Schedule(hour = "*", minute = "*", persistent = false, info = "website publication releases")
  void everyMinute() {
    int changed = releases.runDue(clock.instant());
    if (changed > 0) {
      LOG.info(() -> changed + " posts went live or left public view");
    }
  }
}
