package th.go.sesaoret.servicedesk.publication.domain;

import java.security.SecureRandom;
import java.util.Base64;
import java.util.regex.Pattern;
import th.go.sesaoret.servicedesk.request.domain.ContentDigest;

/**
 * A preview link's secret: 128 random bits from {@link SecureRandom}, URL-safe Base64 without
 * padding (22 characters). Only its SHA-256 is kept; the token itself is shown once, in the link.
 */
public record PreviewToken(String token, String sha256) {
  private static final SecureRandom RANDOM = new SecureRandom();
  private static final Pattern SHAPE = Pattern.compile("[A-Za-z0-9_-]{22}");

  /** A new random token. */
  public static PreviewToken random() {
    byte[] bits = new byte[16];
    RANDOM.nextBytes(bits);
    String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bits);
    return new PreviewToken(token, hash(token));
  }

  /** The SHA-256 (hex) a token is kept as; null for anything that is not a token's shape. */
  public static String hash(String token) {
    if (token == null || !SHAPE.matcher(token).matches()) {
      return null;
    }
    return ContentDigest.ofBytes(token.getBytes(java.nio.charset.StandardCharsets.US_ASCII));
  }
}
