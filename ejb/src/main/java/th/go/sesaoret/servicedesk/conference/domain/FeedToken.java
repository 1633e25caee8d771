package th.go.sesaoret.servicedesk.conference.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;

/**
 * A person's secret calendar feed (their bookings and operator duties): the address carries a
 * 128-bit random token, the table only its SHA-256, so a copy of the database opens no feed.
 * Renewed, the old token's hash is gone and its address answers like any unknown one.
 */
@Entity
@Table(name = "conference_feed_token")
public class FeedToken {
  /** 128 bits of randomness. */
  static final int BYTES = 16;

  /** A token as it appears in an address: 22 characters of URL-safe base64, no padding. */
  public static final String SHAPE = "[A-Za-z0-9_-]{22}";

  private static final SecureRandom RANDOM = new SecureRandom();

  @Id
  @Column(length = 60)
  private String username;

  @Column(name = "token_sha256", nullable = false, length = 64)
  private String tokenSha256;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  protected FeedToken() {}

  public FeedToken(String username) {
    this.username = username;
  }

  /** A fresh token for this person, replacing any earlier one; the plain token is returned once. */
  public String renew(Instant now) {
    byte[] raw = new byte[BYTES];
    RANDOM.nextBytes(raw);
    String token = Base64.getUrlEncoder().withoutPadding().encodeToString(raw);
    tokenSha256 = sha256(token);
    createdAt = now;
    return token;
  }

  /** The hash the table keeps of {@code token}. */
  public static String sha256(String token) {
    try {
      byte[] digest =
          MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.US_ASCII));
      return HexFormat.of().formatHex(digest);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  public String username() {
    return username;
  }

  public Instant createdAt() {
    return createdAt;
  }
}
