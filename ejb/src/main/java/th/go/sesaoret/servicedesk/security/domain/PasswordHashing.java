package th.go.sesaoret.servicedesk.security.domain;

import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;

/**
 * PBKDF2-HMAC-SHA512 password hashes (OWASP: at least 210,000 iterations for SHA-512) in the
 * self-describing form {@code PBKDF2WithHmacSHA512:iterations:salt:hash} (Base64), so the iteration
 * count can be raised later without breaking stored hashes. Uses the JDK's provider.
 */
public final class PasswordHashing {
  public static final int ITERATIONS = 210_000;
  private static final String ALGORITHM = "PBKDF2WithHmacSHA512";
  private static final int SALT_BYTES = 32;
  private static final int KEY_BITS = 512;
  private static final SecureRandom RANDOM = new SecureRandom();

  /** Verified against when the user does not exist, so timing does not reveal who does. */
  private static final String DUMMY = hash("not-a-real-password".toCharArray(), ITERATIONS);

  private PasswordHashing() {}

  public static String hash(char[] password) {
    return hash(password, ITERATIONS);
  }

  static String hash(char[] password, int iterations) {
    byte[] salt = new byte[SALT_BYTES];
    RANDOM.nextBytes(salt);
    byte[] key = derive(password, salt, iterations, KEY_BITS);
    Base64.Encoder b64 = Base64.getEncoder();
    return ALGORITHM
        + ":"
        + iterations
        + ":"
        + b64.encodeToString(salt)
        + ":"
        + b64.encodeToString(key);
  }

  public static boolean verify(char[] password, String stored) {
    String[] parts = stored == null ? new String[0] : stored.split(":");
    if (parts.length != 4 || !ALGORITHM.equals(parts[0])) {
      return false;
    }
    try {
      Base64.Decoder b64 = Base64.getDecoder();
      byte[] expected = b64.decode(parts[3]);
      byte[] actual =
          derive(password, b64.decode(parts[2]), Integer.parseInt(parts[1]), expected.length * 8);
      return MessageDigest.isEqual(expected, actual);
    } catch (IllegalArgumentException e) {
      // a damaged stored hash (bad number, Base64, salt or count) verifies nothing
      return false;
    }
  }

  /** Spends the same time as a real check, for unknown user names. */
  public static void verifyNobody(char[] password) {
    verify(password, DUMMY);
  }

  private static byte[] derive(char[] password, byte[] salt, int iterations, int bits) {
    PBEKeySpec spec = new PBEKeySpec(password, salt, iterations, bits);
    try {
      return SecretKeyFactory.getInstance(ALGORITHM).generateSecret(spec).getEncoded();
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("PBKDF2 is not available", e);
    } finally {
      spec.clearPassword();
    }
  }
}
