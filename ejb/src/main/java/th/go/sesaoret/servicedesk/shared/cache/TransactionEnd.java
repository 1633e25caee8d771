package th.go.sesaoret.servicedesk.shared.cache;

import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;

/**
 * Forgets cached values when the transaction that changes them ends: before its commit (so a read
 * during the commit goes to the database) and again after it, whether committed or rolled back (so
 * a value read before the commit and kept meanwhile is dropped). Outside a transaction, at once.
 */
public final class TransactionEnd {
  private TransactionEnd() {}

  public static void forget(TransactionSynchronizationRegistry registry, Runnable forget) {
    if (registry == null || registry.getTransactionKey() == null) {
      forget.run();
      return;
    }
    registry.registerInterposedSynchronization(
        new Synchronization() {
          @Override
          public void beforeCompletion() {
            forget.run();
          }

          @Override
          public void afterCompletion(int status) {
            forget.run();
          }
        });
  }
}
