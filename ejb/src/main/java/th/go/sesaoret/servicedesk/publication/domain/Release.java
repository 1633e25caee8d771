package th.go.sesaoret.servicedesk.publication.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.time.Instant;
import th.go.sesaoret.servicedesk.shared.BusinessException;

/**
 * Step 7 and after: when the post goes (or went) public, who approved what is online and with which
 * verification code, and whether it was taken down (by whom, why). A post is live from {@link
 * #publishedAt()} until it expires or is unpublished; the record stays.
 */
@Embeddable
public class Release {
  @Column(name = "publish_at")
  private Instant publishAt;

  @Column(name = "published_at")
  private Instant publishedAt;

  @Column(name = "announced_at")
  private Instant announcedAt;

  @Column(name = "approved_by", length = 60)
  private String approvedBy;

  @Column(name = "approved_at")
  private Instant approvedAt;

  @Column(name = "verification_code", length = 16)
  private String verificationCode;

  @Column(name = "unpublished_at")
  private Instant unpublishedAt;

  @Column(name = "unpublished_by", length = 60)
  private String unpublishedBy;

  @Column(name = "unpublish_reason", length = 500)
  private String unpublishReason;

  @Column(name = "expired_at")
  private Instant expiredAt;

  /** The longest reason for unpublishing a post. */
  public static final int REASON_MAX = 500;

  protected Release() {}

  /**
   * Staff publish (step 7): the post goes live at {@code at}, or at {@code now} when {@code at} is
   * null or past. Refused once it went live or was taken down, and when {@code at} is at or after
   * the post's expiry.
   */
  public Instant schedule(Instant at, Instant now, Instant expiresAt) {
    if (publishedAt != null || unpublishedAt != null) {
      throw new BusinessException("publication.release.alreadyPublished");
    }
    Instant when = at == null || at.isBefore(now) ? now : at;
    if (expiresAt != null && !when.isBefore(expiresAt)) {
      throw new BusinessException("publication.release.afterExpiry");
    }
    this.publishAt = when;
    return when;
  }

  /** True when the post is scheduled and its time has come at {@code now}. */
  public boolean isDue(Instant now) {
    return publishAt != null
        && publishedAt == null
        && unpublishedAt == null
        && !publishAt.isAfter(now);
  }

  /** The post goes live now (the timer, or staff publishing now). */
  public void goLive(Instant now) {
    if (!isDue(now)) {
      throw new IllegalStateException("not due");
    }
    this.publishedAt = now;
    this.announcedAt = now;
  }

  /** True while the post is on the public pages at {@code now}. */
  public boolean isLive(Instant now, Instant expiresAt) {
    return publishedAt != null
        && unpublishedAt == null
        && expiredAt == null
        && (expiresAt == null || expiresAt.isAfter(now));
  }

  /** True when the live post's expiry has come at {@code now} and it is not yet withdrawn. */
  public boolean isExpiring(Instant now, Instant expiresAt) {
    return publishedAt != null
        && unpublishedAt == null
        && expiredAt == null
        && expiresAt != null
        && !expiresAt.isAfter(now);
  }

  /** The post left public view at its expiry; the record stays. */
  public void expire(Instant now) {
    this.expiredAt = now;
  }

  /**
   * Taken down (or, when scheduled, never put up) by {@code by} for {@code reason}; the record
   * stays. Returns true when it was live (so it leaves public view now).
   */
  public boolean unpublish(String by, String reason, Instant now, Instant expiresAt) {
    String why = reason == null ? "" : reason.strip();
    if (why.isEmpty()) {
      throw new BusinessException("publication.release.reasonRequired");
    }
    if (why.length() > REASON_MAX) {
      throw new BusinessException("publication.release.reasonTooLong", REASON_MAX);
    }
    if (unpublishedAt != null || expiredAt != null || publishAt == null) {
      throw new BusinessException("publication.release.notPublished");
    }
    boolean wasLive = isLive(now, expiresAt);
    this.unpublishedAt = now;
    this.unpublishedBy = by;
    this.unpublishReason = why;
    return wasLive;
  }

  public Instant expiredAt() {
    return expiredAt;
  }

  /**
   * The authoriser's signature that covers the post (steps 3-4): who, when, and the verification
   * code of that approval; set again by each new approval.
   */
  public void signed(String by, Instant at, String code) {
    this.approvedBy = by;
    this.approvedAt = at;
    this.verificationCode = code;
  }

  public Instant publishAt() {
    return publishAt;
  }

  public Instant publishedAt() {
    return publishedAt;
  }

  public Instant announcedAt() {
    return announcedAt;
  }

  public String approvedBy() {
    return approvedBy;
  }

  public Instant approvedAt() {
    return approvedAt;
  }

  public String verificationCode() {
    return verificationCode;
  }

  public Instant unpublishedAt() {
    return unpublishedAt;
  }

  public String unpublishedBy() {
    return unpublishedBy;
  }

  public String unpublishReason() {
    return unpublishReason;
  }
}
