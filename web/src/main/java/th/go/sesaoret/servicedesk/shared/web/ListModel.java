package th.go.sesaoret.servicedesk.shared.web;

import java.io.Serializable;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.logging.Logger;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import th.go.sesaoret.servicedesk.shared.list.ListPage;
import th.go.sesaoret.servicedesk.shared.list.ListQuery;
import th.go.sesaoret.servicedesk.shared.list.ListSort;

/**
 * A lazy table over a list the database searches, filters, sorts and pages. The search and filters
 * come from the page's filter bar ({@link ListFilters}); the table's sort column counts only when
 * its field names a constant of the list's sort enum (the whitelist), and the page size only when
 * the lists offer it. Anything else is refused here, the list falls back to its default order or
 * page size, and nothing of it reaches the query.
 *
 * @param <T> the row type
 * @param <S> the list's sort enum
 */
public final class ListModel<T, S extends Enum<S> & ListSort> extends LazyDataModel<T> {
  private static final long serialVersionUID = 1L;
  private static final Logger LOG = Logger.getLogger(ListModel.class.getName());

  /** The list's search and filters, in its default order. */
  @FunctionalInterface
  public interface Query<S extends Enum<S> & ListSort> extends Serializable {
    ListQuery<S> get();
  }

  /** Counts the rows that match. */
  @FunctionalInterface
  public interface Count<S extends Enum<S> & ListSort> extends Serializable {
    long count(ListQuery<S> query);
  }

  /** Loads one page of the rows that match, in the query's order. */
  @FunctionalInterface
  public interface Page<T, S extends Enum<S> & ListSort> extends Serializable {
    List<T> page(ListQuery<S> query, ListPage page);
  }

  /** A row's unique key (its id). */
  @FunctionalInterface
  public interface Key<T> extends Serializable {
    Object of(T row);
  }

  private final Class<S> sorts;
  private final Query<S> query;
  private final Count<S> counter;
  private final Page<T, S> pager;
  private final Key<T> key;
  private S shownSort;
  private boolean shownAscending;

  public ListModel(Class<S> sorts, Query<S> query, Count<S> counter, Page<T, S> pager, Key<T> key) {
    this.sorts = sorts;
    this.query = query;
    this.counter = counter;
    this.pager = pager;
    this.key = key;
  }

  @Override
  public int count(Map<String, FilterMeta> filterBy) {
    return (int) Math.min(Integer.MAX_VALUE, counter.count(query.get()));
  }

  @Override
  public List<T> load(
      int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
    ListQuery<S> sorted = sorted(sorts, query.get(), sortBy);
    shownSort = sorted.sort();
    shownAscending = sorted.ascending();
    return pager.page(sorted, page(first, pageSize));
  }

  /**
   * The query the table shows now: the filter bar's search and filters, in the order the table was
   * last sorted by (the list's default before it was). An export takes this.
   */
  public ListQuery<S> currentQuery() {
    ListQuery<S> q = query.get();
    return shownSort == null ? q : q.sorted(shownSort, shownAscending);
  }

  /** How many rows {@code q} matches (the same count as the table's). */
  public long countOf(ListQuery<S> q) {
    return counter.count(q);
  }

  /** One page of {@code q}'s rows (the same query as the table's). */
  public List<T> pageOf(ListQuery<S> q, ListPage p) {
    return pager.page(q, p);
  }

  /**
   * The query in the table's sort order when the table sorts by a whitelisted column; in the list's
   * default order otherwise.
   */
  static <S extends Enum<S> & ListSort> ListQuery<S> sorted(
      Class<S> sorts, ListQuery<S> query, Map<String, SortMeta> sortBy) {
    Optional<SortMeta> chosen =
        sortBy == null
            ? Optional.empty()
            : sortBy.values().stream()
                .filter(Objects::nonNull)
                .filter(m -> m.getOrder() != null && !m.getOrder().isUnsorted())
                .min(Comparator.comparingInt(SortMeta::getPriority));
    if (chosen.isEmpty()) {
      return query;
    }
    Optional<S> sort = ListSort.of(sorts, chosen.get().getField());
    if (sort.isEmpty()) {
      String field = String.valueOf(chosen.get().getField()).replaceAll("\\p{Cntrl}", "?");
      LOG.warning(() -> "refused sort key " + field + " on " + sorts.getSimpleName());
      return query;
    }
    return query.sorted(sort.get(), chosen.get().getOrder().isAscending());
  }

  /** The page asked for when its size is one the lists offer; the first default page otherwise. */
  static ListPage page(int first, int size) {
    if (!ListPage.accepts(size) || first < 0) {
      LOG.warning(() -> "refused page " + first + "+" + size);
      return new ListPage(0, ListPage.DEFAULT_SIZE);
    }
    return new ListPage(first, size);
  }

  @Override
  public String getRowKey(T row) {
    return String.valueOf(key.of(row));
  }

  @Override
  public T getRowData(String rowKey) {
    List<T> rows = getWrappedData();
    if (rows == null) {
      return null;
    }
    return rows.stream().filter(r -> Objects.equals(getRowKey(r), rowKey)).findFirst().orElse(null);
  }
}
