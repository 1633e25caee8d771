package th.go.sesaoret.servicedesk.notification.infrastructure;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.UnsupportedEncodingException;
import java.time.Clock;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.logging.Logger;
import th.go.sesaoret.servicedesk.notification.domain.MailStatus;
import th.go.sesaoret.servicedesk.notification.domain.OutboxMail;
import th.go.sesaoret.servicedesk.shared.Wording;

/**
 * Sends outbox mail through the server's mail session (mail.cli), one mail per transaction: a sent
 * mail is marked at once, a failed one waits for its next attempt.
 */
@Stateless
@PermitAll // called by the outbox timer only
public class MailDispatch {
  /** The name the sender address is shown with (bundle {@code mail_th}). */
  static final String SENDER_NAME = Wording.thai("mail").text("mail.sender");

  private static final String UTF_8 = "UTF-8";
  private static final Logger LOG = Logger.getLogger(MailDispatch.class.getName());

  @Resource(lookup = "java:jboss/mail/ServiceDesk")
  private Session session;

  @PersistenceContext private EntityManager em;
  @Inject private Clock clock;

  /** Ids of the mail due now, oldest first. */
  public List<Long> due(int max) {
    return em.createQuery(
            "select m.id from OutboxMail m where m.status = :pending"
                + " and m.nextAttemptAt <= :now order by m.id",
            Long.class)
        .setParameter("pending", MailStatus.PENDING)
        .setParameter("now", clock.instant())
        .setMaxResults(max)
        .getResultList();
  }

  /** Tries one mail; true when the SMTP server took it. */
  public boolean send(long mailId) {
    OutboxMail mail = em.find(OutboxMail.class, mailId);
    Instant now = clock.instant();
    if (mail == null || !mail.isDue(now)) {
      return false;
    }
    try {
      Transport.send(message(mail));
      mail.sent(now);
      return true;
    } catch (MessagingException | UnsupportedEncodingException e) {
      mail.failed(e.toString(), now);
      LOG.warning(() -> "Mail " + mailId + " not sent (attempt " + mail.attempts() + "): " + e);
      return false;
    }
  }

  /** Makes every unsent mail due now; returns how many. */
  public int retryAllNow() {
    List<OutboxMail> waiting =
        em.createQuery("select m from OutboxMail m where m.status <> :sent", OutboxMail.class)
            .setParameter("sent", MailStatus.SENT)
            .getResultList();
    Instant now = clock.instant();
    waiting.forEach(m -> m.retryNow(now));
    return waiting.size();
  }

  private MimeMessage message(OutboxMail mail)
      throws MessagingException, UnsupportedEncodingException {
    MimeMessage message = new MimeMessage(session);
    String from = session.getProperty("mail.from");
    message.setFrom(new InternetAddress(from, SENDER_NAME, UTF_8));
    message.setRecipients(Message.RecipientType.TO, InternetAddress.parse(mail.recipient()));
    message.setSubject(mail.subject(), UTF_8);
    message.setText(mail.body(), UTF_8);
    message.setSentDate(Date.from(clock.instant()));
    return message;
  }
}
