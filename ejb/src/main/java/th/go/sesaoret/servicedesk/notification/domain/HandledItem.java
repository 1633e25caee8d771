package th.go.sesaoret.servicedesk.notification.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import th.go.sesaoret.servicedesk.security.domain.Role;

/**
 * What was acted on, by whom, when: a notice about it that arrives later (it travels through a JMS
 * queue) is handled from the start. Append-only.
 */
@Entity
@Table(name = "handled_item")
public class HandledItem {
  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "request_id", nullable = false, updatable = false)
  private long requestId;

  @Column(name = "step_order", nullable = false, updatable = false)
  private int stepOrder;

  @Column(name = "round_no", nullable = false, updatable = false)
  private int round;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, updatable = false, length = 20)
  private NoticeKind.Item item;

  @Column(name = "handled_by", nullable = false, updatable = false, length = 60)
  private String handledBy;

  @Enumerated(EnumType.STRING)
  @Column(name = "handled_as", updatable = false, length = 40)
  private Role handledAs;

  @Column(name = "handled_at", nullable = false, updatable = false)
  private Instant handledAt;

  protected HandledItem() {}

  public HandledItem(
      long requestId,
      int stepOrder,
      int round,
      NoticeKind.Item item,
      String handledBy,
      Role handledAs,
      Instant handledAt) {
    this.requestId = requestId;
    this.stepOrder = stepOrder;
    this.round = round;
    this.item = item;
    this.handledBy = handledBy;
    this.handledAs = handledAs;
    this.handledAt = handledAt;
  }

  public String handledBy() {
    return handledBy;
  }

  public Role handledAs() {
    return handledAs;
  }

  public Instant handledAt() {
    return handledAt;
  }
}
