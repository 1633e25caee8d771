package th.go.sesaoret.servicedesk.shared.cache;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class ReadCacheTest {
  private final ReadCache<String, Integer> cache = new ReadCache<>(3);
  private final AtomicInteger reads = new AtomicInteger();

  private Integer read() {
    return reads.incrementAndGet();
  }

  @Test
  void aValueIsReadOnceAndKeptUntilItChanges() {
    assertEquals(1, cache.get("staff", this::read));
    assertEquals(1, cache.get("staff", this::read));
    assertEquals(1, reads.get(), "kept: not read again");
    cache.forget("staff");
    assertEquals(2, cache.get("staff", this::read), "changed: read again");
    assertEquals(2, cache.get("staff", this::read));
    assertEquals(3, cache.get("deputy", this::read), "each key its own");
  }

  @Test
  void aReadThatRacedWithAChangeIsGivenButNotKept() {
    // the inbox changes while its count is being read: the count read may be the old one
    assertEquals(
        1,
        cache.get(
            "staff",
            () -> {
              cache.forget("staff");
              return read();
            }));
    assertEquals(2, cache.get("staff", this::read), "read again, not the raced value");
    assertEquals(2, cache.get("staff", this::read));
    // the same for a change to everything
    cache.forget("staff");
    assertEquals(
        3,
        cache.get(
            "staff",
            () -> {
              cache.forgetAll();
              return read();
            }));
    assertEquals(4, cache.get("staff", this::read));
  }

  @Test
  void forgettingEverythingOrGrowingPastTheCapacityReadsAgain() {
    cache.get("a", this::read);
    cache.get("b", this::read);
    cache.forgetAll();
    assertEquals(3, cache.get("a", this::read));
    cache.get("b", this::read);
    cache.get("c", this::read);
    // a fourth key: beyond the capacity nothing is kept
    cache.get("d", this::read);
    int before = reads.get();
    cache.get("a", this::read);
    assertEquals(before + 1, reads.get());
  }
}
