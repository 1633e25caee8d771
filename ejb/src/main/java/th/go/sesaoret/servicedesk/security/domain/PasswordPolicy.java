package th.go.sesaoret.servicedesk.security.domain;

import th.go.sesaoret.servicedesk.shared.BusinessException;

/** What a new password must be: 10 to 128 characters, with a letter and a digit. */
public final class PasswordPolicy {
  public static final int MIN_LENGTH = 10;
  public static final int MAX_LENGTH = 128;

  private PasswordPolicy() {}

  public static void check(String password) {
    if (password == null || password.length() < MIN_LENGTH) {
      throw new BusinessException("security.password.tooShort", MIN_LENGTH);
    }
    if (password.length() > MAX_LENGTH) {
      throw new BusinessException("security.password.tooLong", MAX_LENGTH);
    }
    boolean letter = password.codePoints().anyMatch(Character::isLetter);
    boolean digit = password.codePoints().anyMatch(Character::isDigit);
    if (!letter || !digit) {
      throw new BusinessException("security.password.needsLetterAndDigit");
    }
  }
}
