package th.go.sesaoret.servicedesk.security.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Each hash or check costs about 0.3 s, so the hash is made once for the whole class. */
class PasswordHashingTest {
  private static final String PASSWORD = "Dlict@2569";
  private static String stored;

  @BeforeAll
  static void hashOnce() {
    stored = PasswordHashing.hash(PASSWORD.toCharArray());
  }

  @Test
  void theRightPasswordVerifies() {
    assertTrue(PasswordHashing.verify(PASSWORD.toCharArray(), stored));
  }

  @Test
  void aWrongPasswordDoesNotVerify() {
    assertFalse(PasswordHashing.verify("Dlict@2570".toCharArray(), stored));
  }

  @Test
  void twoHashesOfTheSamePasswordDiffer() {
    String again = PasswordHashing.hash(PASSWORD.toCharArray());

    assertNotEquals(stored, again);
    assertNotEquals(stored.split(":")[2], again.split(":")[2]);
  }

  @Test
  void storedFormNamesTheAlgorithmAndIterations() {
    String[] parts = stored.split(":");

    assertEquals(4, parts.length);
    assertEquals("PBKDF2WithHmacSHA512", parts[0]);
    assertEquals("210000", parts[1]);
    assertEquals(String.valueOf(PasswordHashing.ITERATIONS), parts[1]);
  }

  @Test
  void garbageOrMissingStoredHashDoesNotVerify() {
    char[] password = PASSWORD.toCharArray();

    assertFalse(PasswordHashing.verify(password, null));
    assertFalse(PasswordHashing.verify(password, ""));
    assertFalse(PasswordHashing.verify(password, "garbage"));
    assertFalse(PasswordHashing.verify(password, PASSWORD));
    assertFalse(PasswordHashing.verify(password, stored.replace("PBKDF2WithHmacSHA512", "MD5")));
  }

  /**
   * A corrupt password_hash column refuses the sign-in instead of breaking it with a system
   * exception (which would neither count the failure nor write the traffic log).
   */
  @Test
  void malformedStoredHashWithTheRightPrefixDoesNotVerify() {
    char[] password = PASSWORD.toCharArray();

    assertFalse(PasswordHashing.verify(password, "PBKDF2WithHmacSHA512:many:c2FsdA==:aGFzaA=="));
    assertFalse(PasswordHashing.verify(password, "PBKDF2WithHmacSHA512:210000:%%%:aGFzaA=="));
    assertFalse(PasswordHashing.verify(password, "PBKDF2WithHmacSHA512:0:c2FsdA==:aGFzaA=="));
    assertFalse(PasswordHashing.verify(password, "PBKDF2WithHmacSHA512:210000::aGFzaA=="));
  }
}
