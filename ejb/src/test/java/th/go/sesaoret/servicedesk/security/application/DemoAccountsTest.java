package th.go.sesaoret.servicedesk.security.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import th.go.sesaoret.servicedesk.security.domain.PasswordHashing;

class DemoAccountsTest {
  @Test
  void theLogLineNamesTheReadmeNeverThePassword() {
    String line = DemoAccounts.createdNotice();
    assertFalse(line.contains(DemoAccounts.PASSWORD), line);
    assertTrue(line.contains("README.md"), line);
    assertTrue(line.contains("requester") && line.contains("admin"), line);
  }

  @Test
  void theDemoAccountsSignInWithTheReadmePasswordAtTodaysIterationCount() {
    assertTrue(
        PasswordHashing.verify(DemoAccounts.PASSWORD.toCharArray(), DemoAccounts.PASSWORD_HASH));
    assertFalse(PasswordHashing.verify("Dlict@2570".toCharArray(), DemoAccounts.PASSWORD_HASH));
    // raised the count? make the hash again with PasswordHashing.hash(PASSWORD)
    assertEquals(
        String.valueOf(PasswordHashing.ITERATIONS), DemoAccounts.PASSWORD_HASH.split(":")[1]);
  }
}
