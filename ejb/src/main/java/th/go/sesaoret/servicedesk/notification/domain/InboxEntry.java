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
 * One notice in one person's inbox. It keeps ids and the kind only; the page words it in the
 * reader's language. A notice that asked for an action is handled once anyone took it: it no longer
 * counts as unread, and the inbox says who handled it.
 */
@Entity
@Table(name = "inbox_entry")
public class InboxEntry {
  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(nullable = false, updatable = false, length = 60)
  private String recipient;

  /** The kind's name in the column (converted by the notice kinds of every service). */
  @Column(nullable = false, updatable = false, length = 30)
  private NoticeKind kind;

  @Column(name = "request_id", nullable = false, updatable = false)
  private long requestId;

  @Column(name = "request_number", nullable = false, updatable = false, length = 40)
  private String requestNumber;

  @Column(name = "step_order", nullable = false, updatable = false)
  private int stepOrder;

  @Column(name = "notice_key", nullable = false, updatable = false, length = 200)
  private String noticeKey;

  @Column(name = "created_at", nullable = false, updatable = false)
  private Instant createdAt;

  @Column(name = "read_at")
  private Instant readAt;

  @Column(name = "round_no", updatable = false)
  private Integer round;

  @Column(name = "handled_at")
  private Instant handledAt;

  @Column(name = "handled_by", length = 60)
  private String handledBy;

  @Enumerated(EnumType.STRING)
  @Column(name = "handled_as", length = 40)
  private Role handledAs;

  protected InboxEntry() {}

  public InboxEntry(String recipient, RequestNotice notice, Instant createdAt) {
    this.recipient = recipient;
    this.kind = notice.kind();
    this.requestId = notice.requestId();
    this.requestNumber = notice.requestNumber();
    this.stepOrder = notice.stepOrder();
    this.noticeKey = notice.noticeKey();
    this.round = notice.round();
    this.createdAt = createdAt;
  }

  /** What this notice asked for was done already (by {@code by}, as {@code as}); once. */
  public void handled(String by, Role as, Instant at) {
    if (handledAt == null) {
      handledBy = by;
      handledAs = as;
      handledAt = at;
    }
  }

  public boolean isHandled() {
    return handledAt != null;
  }

  /** Read once: the first reading time stays. */
  public void markRead(Instant at) {
    if (readAt == null) {
      readAt = at;
    }
  }

  public boolean isRead() {
    return readAt != null;
  }

  public Long id() {
    return id;
  }

  public String recipient() {
    return recipient;
  }

  public NoticeKind kind() {
    return kind;
  }

  public long requestId() {
    return requestId;
  }

  public String requestNumber() {
    return requestNumber;
  }

  public int stepOrder() {
    return stepOrder;
  }

  public String noticeKey() {
    return noticeKey;
  }

  public Instant createdAt() {
    return createdAt;
  }

  public Instant readAt() {
    return readAt;
  }

  public Integer round() {
    return round;
  }

  public Instant handledAt() {
    return handledAt;
  }

  public String handledBy() {
    return handledBy;
  }

  public Role handledAs() {
    return handledAs;
  }
}
