package th.go.sesaoret.servicedesk.notification.application;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.util.Collection;
import java.util.List;
import java.util.function.Supplier;
import th.go.sesaoret.servicedesk.shared.cache.ReadCache;
import th.go.sesaoret.servicedesk.shared.cache.TransactionEnd;

/**
 * Each person's count of unread notices, as the header of every page shows it: counted once and
 * kept until the person's inbox changes. Whatever changes an inbox says so in its transaction (a
 * notice delivered by the listener, one marked read, notices handled by someone's action) and the
 * count is read again once that transaction ends ({@link TransactionEnd}), never kept from a count
 * that raced with it.
 */
@ApplicationScoped
public class UnreadCounts {
  private final ReadCache<String, Long> counts = new ReadCache<>(10_000);

  @Resource private TransactionSynchronizationRegistry registry;

  /** {@code person}'s kept count, or the one {@code count} reads now. */
  long of(String person, Supplier<Long> count) {
    return counts.get(person, count);
  }

  /** The inboxes of {@code people} change in the caller's transaction. */
  void changing(Collection<String> people) {
    List<String> changed = List.copyOf(people);
    if (!changed.isEmpty()) {
      TransactionEnd.forget(registry, () -> changed.forEach(counts::forget));
    }
  }
}
