package th.go.sesaoret.servicedesk.publication.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.time.Instant;

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

  protected Release() {}

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
