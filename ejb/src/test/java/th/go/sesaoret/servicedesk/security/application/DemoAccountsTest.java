package th.go.sesaoret.servicedesk.security.application;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class DemoAccountsTest {
  @Test
  void theLogLineNamesTheReadmeNeverThePassword() {
    String line = DemoAccounts.createdNotice();
    assertFalse(line.contains(DemoAccounts.PASSWORD), line);
    assertTrue(line.contains("README.md"), line);
    assertTrue(line.contains("requester") && line.contains("admin"), line);
  }
}
