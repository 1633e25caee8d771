package th.go.sesaoret.servicedesk.request.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import th.go.sesaoret.servicedesk.request.domain.RequestStatus;
import th.go.sesaoret.servicedesk.security.domain.Role;
import th.go.sesaoret.servicedesk.shared.BusinessException;
import th.go.sesaoret.servicedesk.shared.list.ListPage;
import th.go.sesaoret.servicedesk.shared.list.ListQuery;
import th.go.sesaoret.servicedesk.shared.list.ListSort;

/** The lists' whitelists: sort keys, page sizes, the search's length and wildcards. */
class ListQueryTest {

  @Test
  void aSortKeyNamesOneColumnOfTheList() {
    assertEquals(Optional.of(MyRequestSort.NUMBER), ListSort.of(MyRequestSort.class, "number"));
    assertEquals(Optional.of(MyRequestSort.DUE), ListSort.of(MyRequestSort.class, "due"));
    assertEquals(
        Optional.of(WorkQueueSort.REQUESTER), ListSort.of(WorkQueueSort.class, "requester"));
    assertEquals("cur.clock.dueAt", MyRequestSort.DUE.path());
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "",
        "NUMBER",
        "r.number",
        "requester",
        "number desc",
        "r.id; drop table service_request",
        "title,number",
        "1"
      })
  void anyOtherKeyIsRefusedBeforeAQueryIsBuilt(String key) {
    assertEquals(Optional.empty(), ListSort.of(MyRequestSort.class, key));
  }

  @Test
  void noKeyIsNoSort() {
    assertEquals(Optional.empty(), ListSort.of(WorkQueueSort.class, null));
  }

  @Test
  void theOrderIsTheWhitelistedPathNullsLastThenTheTieBreak() {
    // a column that may be empty sorts its nulls last, both ways
    var query = ListQuery.sortedBy(MyRequestSort.DUE, false);
    assertEquals(
        " order by cur.clock.dueAt desc nulls last, r.id desc", query.orderBy("r.id desc"));
    assertEquals(
        " order by cur.clock.dueAt asc nulls last, r.id",
        query.sorted(MyRequestSort.DUE, true).orderBy("r.id"));
    assertEquals(
        " order by p.fullName asc nulls last, s.id",
        ListQuery.sortedBy(WorkQueueSort.REQUESTER, true).orderBy("s.id"));
  }

  @Test
  void aColumnThatIsNeverEmptySortsInItsIndexOrderBothWays() {
    // no nulls clause: PostgreSQL reads (requester, submitted_at) backwards for newest first
    var query = ListQuery.sortedBy(MyRequestSort.SUBMITTED, false);
    assertEquals(" order by r.submittedAt desc, r.id desc", query.orderBy("r.id desc"));
    assertEquals(
        " order by r.title asc, r.id", query.sorted(MyRequestSort.TITLE, true).orderBy("r.id"));
  }

  @ParameterizedTest
  @ValueSource(ints = {10, 20, 50})
  void thePageSizesTheListsOffer(int size) {
    assertEquals(size, new ListPage(40, size).size());
    assertTrue(ListPage.accepts(size));
  }

  @ParameterizedTest
  @ValueSource(ints = {0, -1, 1, 19, 100, 999_999, Integer.MAX_VALUE})
  void anyOtherPageSizeIsRefused(int size) {
    assertFalse(ListPage.accepts(size));
    var e = assertThrows(BusinessException.class, () -> new ListPage(0, size));
    assertEquals("list.pageRefused", e.key());
  }

  @Test
  void aNegativeFirstRowIsRefused() {
    assertThrows(BusinessException.class, () -> new ListPage(-20, 20));
  }

  @Test
  void theSearchIsBoundedAndRefusedWhenLongerNeverCut() {
    var query = ListQuery.sortedBy(MyRequestSort.SUBMITTED, false);
    String hundred = "ก".repeat(ListQuery.SEARCH_MAX);
    assertEquals(hundred, query.searching(hundred).search());
    var e = assertThrows(BusinessException.class, () -> query.searching(hundred + "ข"));
    assertEquals("list.searchTooLong", e.key());
    assertEquals(100, e.args()[0]);
  }

  @Test
  void theSearchIsTrimmedAndEmptyMeansNoSearch() {
    var query = ListQuery.sortedBy(MyRequestSort.SUBMITTED, false);
    assertFalse(query.searching("   ").searches());
    assertFalse(query.searching(null).searches());
    assertEquals("%เครื่องพิมพ์%", query.searching("  เครื่องพิมพ์ ").pattern());
  }

  @Test
  void theSearchsOwnWildcardsAreEscapedAndItIsCaseBlind() {
    var query = ListQuery.sortedBy(MyRequestSort.SUBMITTED, false);
    assertEquals("%50!%%", query.searching("50%").pattern());
    assertEquals("%a!_b%", query.searching("A_b").pattern());
    assertEquals("%wow!!%", query.searching("Wow!").pattern());
    assertEquals("%ซ.0001/2569%", query.searching("ซ.0001/2569").pattern());
  }

  @Test
  void aStateFilterOfAnotherKindIsRefused() {
    var query = ListQuery.sortedBy(MyRequestSort.SUBMITTED, false);
    assertNull(query.state(RequestStatus.class));
    assertEquals(
        RequestStatus.RETURNED, query.inState(RequestStatus.RETURNED).state(RequestStatus.class));
    var e =
        assertThrows(
            BusinessException.class, () -> query.inState(Role.CLERK).state(RequestStatus.class));
    assertEquals("list.filterRefused", e.key());
  }
}
