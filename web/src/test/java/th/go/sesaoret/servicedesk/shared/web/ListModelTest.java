package th.go.sesaoret.servicedesk.shared.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.primefaces.model.SortMeta;
import org.primefaces.model.SortOrder;
import th.go.sesaoret.servicedesk.request.application.MyRequestSort;
import th.go.sesaoret.servicedesk.shared.list.ListPage;
import th.go.sesaoret.servicedesk.shared.list.ListQuery;

/** What the table sends (sort column, page size) reaches the query only through the whitelist. */
class ListModelTest {
  private static final ListQuery<MyRequestSort> NEWEST =
      ListQuery.sortedBy(MyRequestSort.SUBMITTED, false);

  private static Map<String, SortMeta> sort(String field, SortOrder order) {
    return Map.of("col", SortMeta.builder().field(field).order(order).build());
  }

  @Test
  void aWhitelistedColumnSortsInTheTablesDirection() {
    var q = ListModel.sorted(MyRequestSort.class, NEWEST, sort("title", SortOrder.ASCENDING));
    assertEquals(MyRequestSort.TITLE, q.sort());
    assertTrue(q.ascending());
    q = ListModel.sorted(MyRequestSort.class, NEWEST, sort("due", SortOrder.DESCENDING));
    assertEquals(MyRequestSort.DUE, q.sort());
    assertFalse(q.ascending());
  }

  @Test
  void anUnknownOrTamperedColumnKeepsTheDefaultOrder() {
    for (String field : List.of("r.requester", "title desc; delete", "TITLE", "password")) {
      assertSame(
          NEWEST, ListModel.sorted(MyRequestSort.class, NEWEST, sort(field, SortOrder.ASCENDING)));
    }
    assertSame(NEWEST, ListModel.sorted(MyRequestSort.class, NEWEST, Map.of()));
    assertSame(NEWEST, ListModel.sorted(MyRequestSort.class, NEWEST, null));
    assertSame(
        NEWEST, ListModel.sorted(MyRequestSort.class, NEWEST, sort("title", SortOrder.UNSORTED)));
  }

  @Test
  void aPageSizeTheListsDoNotOfferIsRefusedForTheDefaultFirstPage() {
    assertEquals(new ListPage(40, 20), ListModel.page(40, 20));
    assertEquals(new ListPage(0, 20), ListModel.page(0, 999_999));
    assertEquals(new ListPage(0, 20), ListModel.page(-5, 20));
  }

  @Test
  void theModelPassesOnlyCheckedQueriesAndPagesToTheService() {
    List<Object[]> calls = new ArrayList<>();
    ListModel<String, MyRequestSort> model =
        new ListModel<>(
            MyRequestSort.class,
            () -> NEWEST,
            q -> 0,
            (q, page) -> {
              calls.add(new Object[] {q, page});
              return List.of();
            },
            s -> s);
    model.load(0, 999_999, sort("r.id; drop table person", SortOrder.ASCENDING), Map.of());
    assertSame(NEWEST, calls.get(0)[0]);
    assertEquals(new ListPage(0, 20), calls.get(0)[1]);
  }
}
