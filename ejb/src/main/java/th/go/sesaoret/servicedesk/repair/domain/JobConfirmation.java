package th.go.sesaoret.servicedesk.repair.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.time.Instant;
import th.go.sesaoret.servicedesk.shared.BusinessException;

/**
 * A repair job's confirmation by the requester: awaited until a due time after the report,
 * confirmed with a rating (1-5, comment optional) or closed by itself, or reopened once with a
 * reason.
 */
@Embeddable
public class JobConfirmation {
  public static final int COMMENT_MAX = 1000;
  public static final int MAX_REOPENS = 1;

  @Column(name = "close_due_at")
  private Instant closeDueAt;

  @Enumerated(EnumType.STRING)
  @Column(name = "confirmation", length = 20)
  private Confirmation state;

  private Integer rating;

  @Column(name = "rating_comment", length = COMMENT_MAX)
  private String ratingComment;

  @Column(name = "closed_at")
  private Instant closedAt;

  @Column(name = "reopen_count", nullable = false)
  private int reopenCount;

  @Column(name = "reopen_reason", length = COMMENT_MAX)
  private String reopenReason;

  /** The report is in: the requester's answer is awaited until {@code due}. */
  void await(Instant due) {
    closeDueAt = due;
    state = Confirmation.PENDING;
  }

  void confirm(int stars, String comment, Instant now) {
    requireAwaiting();
    if (stars < 1 || stars > 5) {
      throw new BusinessException("repair.rating.invalid");
    }
    String text = comment == null || comment.isBlank() ? null : comment.strip();
    if (text != null && text.length() > COMMENT_MAX) {
      throw new BusinessException("repair.rating.commentTooLong", COMMENT_MAX);
    }
    rating = stars;
    ratingComment = text;
    state = Confirmation.CONFIRMED;
    closedAt = now;
  }

  /**
   * The reason as it will be kept; refused unless awaited, reopenable and with a reason that fits.
   */
  String checkReopen(String reason) {
    requireAwaiting();
    if (reopenCount >= MAX_REOPENS) {
      throw new BusinessException("repair.reopen.onlyOnce");
    }
    if (reason == null || reason.isBlank()) {
      throw new BusinessException("repair.reopen.reasonRequired");
    }
    if (reason.strip().length() > COMMENT_MAX) {
      throw new BusinessException("repair.reopen.reasonTooLong", COMMENT_MAX);
    }
    return reason.strip();
  }

  /** Reopened with a reason {@link #checkReopen} kept: no longer awaited. */
  void reopened(String reason) {
    reopenCount++;
    reopenReason = reason;
    state = null;
    closeDueAt = null;
  }

  /** Closes an unconfirmed job whose confirmation time has run out; true if it closed now. */
  public boolean closeIfUnconfirmed(Instant now) {
    if (state != Confirmation.PENDING || now.isBefore(closeDueAt)) {
      return false;
    }
    state = Confirmation.AUTO_CLOSED;
    closedAt = now;
    return true;
  }

  private void requireAwaiting() {
    if (state != Confirmation.PENDING) {
      throw new BusinessException("repair.confirm.notAwaiting");
    }
  }

  /** True while the requester may confirm or reopen. */
  public boolean awaits() {
    return state == Confirmation.PENDING;
  }

  public boolean mayReopen() {
    return awaits() && reopenCount < MAX_REOPENS;
  }

  public Instant closeDueAt() {
    return closeDueAt;
  }

  public Confirmation state() {
    return state;
  }

  public Integer rating() {
    return rating;
  }

  public String ratingComment() {
    return ratingComment;
  }

  public Instant closedAt() {
    return closedAt;
  }

  public int reopenCount() {
    return reopenCount;
  }

  public String reopenReason() {
    return reopenReason;
  }
}
