package th.go.sesaoret.servicedesk.security.domain;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import th.go.sesaoret.servicedesk.shared.BusinessException;

class PasswordPolicyTest {

  private static String refusalKey(String password) {
    return assertThrows(BusinessException.class, () -> PasswordPolicy.check(password)).key();
  }

  @Test
  void acceptsTheManualsExamplePassword() {
    assertDoesNotThrow(() -> PasswordPolicy.check("Dlict@2569"));
  }

  @Test
  void refusesTooShort() {
    assertEquals("security.password.tooShort", refusalKey("Dlict@256"));
  }

  @Test
  void refusesNoPassword() {
    assertEquals("security.password.tooShort", refusalKey(null));
  }

  @Test
  void acceptsTheLongestAllowed() {
    assertDoesNotThrow(() -> PasswordPolicy.check("a1".repeat(64)));
  }

  @Test
  void refusesTooLong() {
    assertEquals("security.password.tooLong", refusalKey("a1".repeat(64) + "x"));
  }

  @Test
  void refusesNoDigit() {
    assertEquals("security.password.needsLetterAndDigit", refusalKey("Dlict@Roiet"));
  }

  @Test
  void refusesNoLetter() {
    assertEquals("security.password.needsLetterAndDigit", refusalKey("2569@25690"));
  }

  @Test
  void thaiLettersCountAsLetters() {
    assertDoesNotThrow(() -> PasswordPolicy.check("รหัสผ่านสพม2569"));
  }

  @Test
  void thaiLettersWithoutADigitAreStillRefused() {
    assertEquals("security.password.needsLetterAndDigit", refusalKey("รหัสผ่านสพมรอ"));
  }
}
