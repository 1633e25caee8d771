package th.go.sesaoret.servicedesk.notification.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class OutboxMailTest {
  private static final Instant T0 = Instant.parse("2026-11-25T03:00:00Z");

  private static OutboxMail mail() {
    return new OutboxMail("a@example.go.th", new NoticeText("s", "b"), "k", T0);
  }

  @Test
  void aNewMailIsDueAtOnce() {
    assertTrue(mail().isDue(T0));
  }

  @Test
  void failuresWaitLongerEachTimeUpToAnHour() {
    assertEquals(Duration.ofMinutes(1), OutboxMail.waitAfter(1));
    assertEquals(Duration.ofMinutes(2), OutboxMail.waitAfter(2));
    assertEquals(Duration.ofMinutes(32), OutboxMail.waitAfter(6));
    assertEquals(Duration.ofHours(1), OutboxMail.waitAfter(7));
    assertEquals(Duration.ofHours(1), OutboxMail.waitAfter(39));
  }

  @Test
  void aFailedMailStaysPendingUntilItsNextAttempt() {
    OutboxMail mail = mail();
    mail.failed("connection refused", T0);

    assertEquals(MailStatus.PENDING, mail.status());
    assertEquals(1, mail.attempts());
    assertFalse(mail.isDue(T0.plusSeconds(59)));
    assertTrue(mail.isDue(T0.plusSeconds(60)));
  }

  @Test
  void itGivesUpAfterTheLastAttemptAndAnAdministratorCanRetry() {
    OutboxMail mail = mail();
    for (int i = 0; i < OutboxMail.MAX_ATTEMPTS; i++) {
      mail.failed("down", T0);
    }
    assertEquals(MailStatus.FAILED, mail.status());
    assertFalse(mail.isDue(T0.plus(Duration.ofDays(30))));

    mail.retryNow(T0);
    assertTrue(mail.isDue(T0));
  }

  @Test
  void aSentMailIsNeverSentAgain() {
    OutboxMail mail = mail();
    mail.sent(T0);
    mail.retryNow(T0);

    assertEquals(MailStatus.SENT, mail.status());
    assertFalse(mail.isDue(T0.plusSeconds(3600)));
  }
}
