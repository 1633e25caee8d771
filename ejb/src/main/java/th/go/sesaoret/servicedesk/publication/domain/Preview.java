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

  /** A new link for the preview: its token's SHA-256 replaces the earlier one (whose link dies). */
  public void issue(String sha256, Instant now) {
    this.tokenSha256 = sha256;
    this.issuedAt = now;
    this.deadAt = null;
  }

  /** The link dies (the post is published, the request ended or went back); idempotent. */
  public void kill(Instant now) {
    if (tokenSha256 != null && deadAt == null) {
      deadAt = now;
    }
    tokenSha256 = null;
  }

  /** True when a link is live and its token hashes to {@code sha256}. */
  public boolean opensWith(String sha256) {
    return sha256 != null && deadAt == null && sha256.equals(tokenSha256);
  }

  /** True when a preview link is live now. */
  public boolean isLive() {
    return tokenSha256 != null && deadAt == null;
  }

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
