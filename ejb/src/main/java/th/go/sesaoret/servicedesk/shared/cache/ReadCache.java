package th.go.sesaoret.servicedesk.shared.cache;

import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

/**
 * Values read from the database and kept, one per key, until whoever changes them says so ({@link
 * #forget}, {@link #forgetAll}; {@link TransactionEnd} forgets when the change commits). A load
 * that raced with a change is given to its caller but never kept: each key counts its changes, and
 * a loaded value is stored only if none came while it was read. At most {@code capacity} keys are
 * kept; beyond that everything is forgotten (it is only a cache).
 *
 * @param <K> the key (e.g. a user name)
 * @param <V> the value (never null)
 */
public final class ReadCache<K, V> {
  /** A key's count of changes and its value, null while not loaded since the last change. */
  private record Slot<V>(long changes, V value) {}

  private final ConcurrentHashMap<K, Slot<V>> slots = new ConcurrentHashMap<>();
  private final AtomicLong clears = new AtomicLong();
  private final int capacity;

  public ReadCache(int capacity) {
    this.capacity = capacity;
  }

  /** The kept value of {@code key}, or the one {@code load} reads (kept unless it raced). */
  public V get(K key, Supplier<V> load) {
    Slot<V> seen = slots.get(key);
    if (seen != null && seen.value() != null) {
      return seen.value();
    }
    long changes = seen == null ? -1 : seen.changes();
    long cleared = clears.get();
    V loaded = Objects.requireNonNull(load.get(), "a cached value");
    if (slots.size() >= capacity) {
      forgetAll();
      return loaded;
    }
    slots.compute(
        key,
        (k, now) -> {
          long changesNow = now == null ? -1 : now.changes();
          boolean raced = changesNow != changes || clears.get() != cleared;
          return raced ? now : new Slot<>(changes, loaded);
        });
    return loaded;
  }

  /** {@code key}'s value changed: the next {@link #get} reads it again. */
  public void forget(K key) {
    slots.compute(key, (k, now) -> new Slot<>(now == null ? 0 : now.changes() + 1, null));
  }

  /** Every value may have changed. */
  public void forgetAll() {
    clears.incrementAndGet();
    slots.clear();
  }
}
