package th.go.sesaoret.servicedesk.notification.infrastructure;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.AccessTimeout;
import jakarta.ejb.EJB;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import java.util.concurrent.TimeUnit;
import th.go.sesaoret.servicedesk.security.domain.Role;

/**
 * Every minute, sends the mail that is due. A singleton with the default write lock, so the timer
 * and an explicit {@link #flush()} never send the same mail twice at once. Not transactional
 * itself: each mail is sent in its own transaction by {@link MailDispatch}.
 */
@Singleton
@PermitAll
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class MailOutbox {
  private static final int BATCH = 100;

  @EJB private MailDispatch dispatch;

  @Schedule(minute = "*", hour = "*", persistent = false, info = "notice mail outbox")
  void everyMinute() {
    flush();
  }

  /** Sends what is due now; returns how many mails went out. */
  @AccessTimeout(value = 5, unit = TimeUnit.MINUTES)
  public int flush() {
    int sent = 0;
    for (Long id : dispatch.due(BATCH)) {
      if (dispatch.send(id)) {
        sent++;
      }
    }
    return sent;
  }

  /** The SMTP server is back: tries every waiting mail now instead of at its next attempt. */
  @RolesAllowed(Role.ADMIN_NAME)
  @AccessTimeout(value = 5, unit = TimeUnit.MINUTES)
  public int retryNow() {
    dispatch.retryAllNow();
    return flush();
  }
}
