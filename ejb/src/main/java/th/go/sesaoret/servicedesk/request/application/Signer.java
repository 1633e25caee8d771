package th.go.sesaoret.servicedesk.request.application;

import th.go.sesaoret.servicedesk.shared.BusinessException;

/**
 * Proof that a person has just entered their password again: made only by {@link Signatures#signer}
 * after one check, so a batch of signatures (the approval desk) verifies the password once and each
 * approval still checks that the signer is the one who acts. It holds no password and cannot be
 * made outside this package.
 */
public final class Signer {
  private final String username;

  Signer(String username) {
    this.username = username;
  }

  public String username() {
    return username;
  }

  /** Refuses, as a wrong password would, a signer who is not {@code actor}. */
  public void requireFor(String actor) {
    if (!username.equals(actor)) {
      throw new BusinessException("request.approval.badPassword");
    }
  }
}
