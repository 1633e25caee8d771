package th.go.sesaoret.servicedesk.shared.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.Test;

/** The contexts of views Mojarra let go are dropped; those of views it keeps stay. */
class ViewScopeSweeperTest {

  @Test
  void onlyTheContextsOfActiveViewsStay() {
    Map<String, Object> views = Collections.synchronizedMap(new LinkedHashMap<>());
    views.put("b", new Object());
    views.put("c", new Object());
    Map<String, Object> contexts = new ConcurrentHashMap<>();
    for (String id : new String[] {"a", "b", "c", "d"}) {
      contexts.put(id, new Object());
    }

    ViewScopeSweeper.sweep(views, contexts);

    assertEquals(Set.of("b", "c"), contexts.keySet());
    assertEquals(Set.of("b", "c"), views.keySet(), "the views themselves are left alone");
  }

  @Test
  void nothingHappensWithoutTheMaps() {
    Map<String, Object> contexts = new ConcurrentHashMap<>(Map.of("a", new Object()));
    ViewScopeSweeper.sweep(null, contexts);
    ViewScopeSweeper.sweep(Map.of(), null);
    assertEquals(Set.of("a"), contexts.keySet());
  }
}
