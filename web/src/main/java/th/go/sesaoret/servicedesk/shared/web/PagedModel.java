package th.go.sesaoret.servicedesk.shared.web;

import java.io.Serializable;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

/**
 * A lazy table model over a service that pages in the database: {@code count(filter)} and {@code
 * page(filter, first, size)}. The filter is the table's global filter text (empty when none); the
 * order is the service's.
 *
 * @param <T> the row type
 */
public final class PagedModel<T> extends LazyDataModel<T> {
  private static final long serialVersionUID = 1L;

  /** Counts the rows that match the filter. */
  @FunctionalInterface
  public interface Count extends Serializable {
    long count(String filter);
  }

  /** Loads one page of the rows that match the filter. */
  @FunctionalInterface
  public interface Page<T> extends Serializable {
    List<T> page(String filter, int first, int size);
  }

  /** A row's unique key (its id). */
  @FunctionalInterface
  public interface Key<T> extends Serializable {
    Object of(T row);
  }

  private final Count counter;
  private final Page<T> pager;
  private final Key<T> key;

  public PagedModel(Count counter, Page<T> pager, Key<T> key) {
    this.counter = counter;
    this.pager = pager;
    this.key = key;
  }

  @Override
  public int count(Map<String, FilterMeta> filterBy) {
    return (int) Math.min(Integer.MAX_VALUE, counter.count(filter(filterBy)));
  }

  @Override
  public List<T> load(
      int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
    return pager.page(filter(filterBy), first, pageSize);
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

  private static String filter(Map<String, FilterMeta> filterBy) {
    FilterMeta global = filterBy == null ? null : filterBy.get(FilterMeta.GLOBAL_FILTER_KEY);
    Object value = global == null ? null : global.getFilterValue();
    return value == null ? "" : value.toString().strip();
  }
}
