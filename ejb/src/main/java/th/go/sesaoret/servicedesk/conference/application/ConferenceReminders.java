package th.go.sesaoret.servicedesk.conference.application;

import jakarta.ejb.EJB;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.logging.Logger;

/** The meetings' reminder timer: every five minutes, one {@link ConferenceReminding} pass. */
@Singleton
public class ConferenceReminders {
  private static final Logger LOG = Logger.getLogger(ConferenceReminders.class.getName());

  @EJB private ConferenceReminding reminding;
  @Inject private Clock clock;

  @Schedule(hour = "*", minute = "*/5", persistent = false, info = "video-conference reminders")
  void everyFiveMinutes() {
    int sent = reminding.remind(clock.instant());
    if (sent > 0) {
      LOG.info(() -> "Sent " + sent + " video-conference reminders");
    }
  }
}
