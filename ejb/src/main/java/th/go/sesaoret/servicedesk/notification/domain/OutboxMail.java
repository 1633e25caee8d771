package th.go.sesaoret.servicedesk.notification.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.Instant;

/**
 * One e-mail waiting to go out. It is written in the same transaction as the inbox entry, so a
 * notice is never mailed without being delivered, and it stays until the SMTP server takes it: an
 * unreachable server delays mail, it never loses it.
 */
@Entity
@Table(name = "outbox_mail")
public class OutboxMail {
  /** About a day and a half of retries with the backoff below. */
  public static final int MAX_ATTEMPTS = 40;

  static final Duration FIRST_RETRY = Duration.ofMinutes(1);
  static final Duration LONGEST_WAIT = Duration.ofHours(1);

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(nullable = false, updatable = false, length = 200)
  private String recipient;

  @Column(nullable = false, updatable = false, length = 500)
  private String subject;

  @Column(nullable = false, updatable = false, length = 4000)
  private String body;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 10)
  private MailStatus status;

  @Column(nullable = false)
  private int attempts;

  @Column(name = "last_error", length = 1000)
  private String lastError;

  @Column(name = "created_at", nullable = false, updatable = false)
  private Instant createdAt;

  @Column(name = "next_attempt_at", nullable = false)
  private Instant nextAttemptAt;

  @Column(name = "sent_at")
  private Instant sentAt;

  @Column(name = "notice_key", nullable = false, updatable = false, length = 200)
  private String noticeKey;

  protected OutboxMail() {}

  public OutboxMail(String recipient, NoticeText text, String noticeKey, Instant now) {
    this.recipient = recipient;
    this.subject = text.subject();
    this.body = text.body();
    this.noticeKey = noticeKey;
    this.status = MailStatus.PENDING;
    this.createdAt = now;
    this.nextAttemptAt = now;
  }

  /** Whether the sender should try it at this instant. */
  public boolean isDue(Instant now) {
    return status == MailStatus.PENDING && !nextAttemptAt.isAfter(now);
  }

  public void sent(Instant now) {
    attempts++;
    status = MailStatus.SENT;
    sentAt = now;
    lastError = null;
  }

  /** A failed attempt: try again later, each wait twice the last, at most an hour. */
  public void failed(String error, Instant now) {
    attempts++;
    lastError = error == null ? "" : error.substring(0, Math.min(error.length(), 1000));
    nextAttemptAt = now.plus(waitAfter(attempts));
    if (attempts >= MAX_ATTEMPTS) {
      status = MailStatus.FAILED;
    }
  }

  /** Due at once: the SMTP server is back, or an administrator sends a failed mail again. */
  public void retryNow(Instant now) {
    if (status != MailStatus.SENT) {
      status = MailStatus.PENDING;
      nextAttemptAt = now;
    }
  }

  static Duration waitAfter(int attempts) {
    int doublings = Math.min(attempts - 1, 10);
    Duration wait = FIRST_RETRY.multipliedBy(1L << doublings);
    return wait.compareTo(LONGEST_WAIT) > 0 ? LONGEST_WAIT : wait;
  }

  public Long id() {
    return id;
  }

  public String recipient() {
    return recipient;
  }

  public String subject() {
    return subject;
  }

  public String body() {
    return body;
  }

  public MailStatus status() {
    return status;
  }

  public int attempts() {
    return attempts;
  }

  public String lastError() {
    return lastError;
  }

  public Instant nextAttemptAt() {
    return nextAttemptAt;
  }

  public Instant sentAt() {
    return sentAt;
  }

  public String noticeKey() {
    return noticeKey;
  }
}
