package th.go.sesaoret.servicedesk.notification.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * A notice key that has been turned into inbox entries and mail. Its unique key is what makes a
 * redelivered JMS message harmless.
 */
@Entity
@Table(name = "notice_delivery")
public class DeliveredNotice {
  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "notice_key", nullable = false, unique = true, updatable = false, length = 200)
  private String noticeKey;

  @Column(name = "delivered_at", nullable = false, updatable = false)
  private Instant deliveredAt;

  protected DeliveredNotice() {}

  public DeliveredNotice(String noticeKey, Instant deliveredAt) {
    this.noticeKey = noticeKey;
    this.deliveredAt = deliveredAt;
  }

  public String noticeKey() {
    return noticeKey;
  }

  public Instant deliveredAt() {
    return deliveredAt;
  }
}
