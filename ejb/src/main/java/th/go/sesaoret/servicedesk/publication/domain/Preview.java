package th.go.sesaoret.servicedesk.publication.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.time.Instant;

/**
 * The temporary publication of step 5: a preview at an unguessable link (a 128-bit token; only its
 * SHA-256 is kept), which dies when the post is published or the request ends.
 */
@Embeddable
public class Preview {
  @Column(name = "preview_token", length = 64)
  private String tokenSha256;

  @Column(name = "preview_issued_at")
  private Instant issuedAt;

  @Column(name = "preview_dead_at")
  private Instant deadAt;

  protected Preview() {}

  public String tokenSha256() {
    return tokenSha256;
  }

  public Instant issuedAt() {
    return issuedAt;
  }

  public Instant deadAt() {
    return deadAt;
  }
}
