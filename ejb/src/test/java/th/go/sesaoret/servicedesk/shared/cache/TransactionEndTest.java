package th.go.sesaoret.servicedesk.shared.cache;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class TransactionEndTest {
  private final List<Synchronization> registered = new ArrayList<>();
  private final AtomicInteger forgotten = new AtomicInteger();

  /** A registry inside a transaction ({@code active}) or outside one. */
  private TransactionSynchronizationRegistry registry(boolean active) {
    return (TransactionSynchronizationRegistry)
        Proxy.newProxyInstance(
            getClass().getClassLoader(),
            new Class<?>[] {TransactionSynchronizationRegistry.class},
            (proxy, method, args) ->
                switch (method.getName()) {
                  case "getTransactionKey" -> active ? "tx" : null;
                  case "registerInterposedSynchronization" ->
                      registered.add((Synchronization) args[0]);
                  default -> null;
                });
  }

  @Test
  void aChangeInATransactionIsForgottenBeforeItsCommitAndAgainAfter() {
    TransactionEnd.forget(registry(true), forgotten::incrementAndGet);
    assertEquals(0, forgotten.get(), "nothing yet: the change may still roll back");
    registered.get(0).beforeCompletion();
    assertEquals(1, forgotten.get(), "a read during the commit goes to the database");
    registered.get(0).afterCompletion(Status.STATUS_COMMITTED);
    assertEquals(2, forgotten.get(), "a value read before the commit is not kept");
  }

  @Test
  void aRolledBackChangeIsForgottenToo() {
    TransactionEnd.forget(registry(true), forgotten::incrementAndGet);
    registered.get(0).afterCompletion(Status.STATUS_ROLLEDBACK);
    assertEquals(1, forgotten.get());
  }

  @Test
  void outsideATransactionAtOnce() {
    TransactionEnd.forget(registry(false), forgotten::incrementAndGet);
    assertEquals(1, forgotten.get());
    assertEquals(0, registered.size());
  }
}
