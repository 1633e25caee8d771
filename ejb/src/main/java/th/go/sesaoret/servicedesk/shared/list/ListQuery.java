package th.go.sesaoret.servicedesk.shared.list;

import java.io.Serializable;
import java.util.Locale;
import java.util.Objects;
import th.go.sesaoret.servicedesk.catalog.domain.ServiceCode;
import th.go.sesaoret.servicedesk.shared.BusinessException;

/**
 * What a list screen asks the database for: a search text (matched in the request's number, its
 * title and the requester's full name), filters (service, state, overdue only, waiting for the
 * viewer only) and one sort from the list's whitelist. A search longer than {@link #SEARCH_MAX} is
 * refused, never cut.
 *
 * @param <S> the list's sort enum (its whitelist)
 */
public record ListQuery<S extends Enum<S> & ListSort>(
    String search,
    ServiceCode service,
    Enum<?> state,
    boolean overdue,
    boolean waitingForMe,
    S sort,
    boolean ascending)
    implements Serializable {
  public static final int SEARCH_MAX = 100;

  public ListQuery {
    search = search == null ? "" : search.strip();
    if (search.length() > SEARCH_MAX) {
      throw new BusinessException("list.searchTooLong", SEARCH_MAX);
    }
    Objects.requireNonNull(sort, "sort");
  }

  /** Everything, in the given order. */
  public static <S extends Enum<S> & ListSort> ListQuery<S> sortedBy(S sort, boolean ascending) {
    return new ListQuery<>("", null, null, false, false, sort, ascending);
  }

  public ListQuery<S> searching(String text) {
    return new ListQuery<>(text, service, state, overdue, waitingForMe, sort, ascending);
  }

  public ListQuery<S> inService(ServiceCode code) {
    return new ListQuery<>(search, code, state, overdue, waitingForMe, sort, ascending);
  }

  public ListQuery<S> inState(Enum<?> value) {
    return new ListQuery<>(search, service, value, overdue, waitingForMe, sort, ascending);
  }

  public ListQuery<S> overdueOnly(boolean only) {
    return new ListQuery<>(search, service, state, only, waitingForMe, sort, ascending);
  }

  public ListQuery<S> waitingOnly(boolean only) {
    return new ListQuery<>(search, service, state, overdue, only, sort, ascending);
  }

  public ListQuery<S> sorted(S by, boolean asc) {
    return new ListQuery<>(search, service, state, overdue, waitingForMe, by, asc);
  }

  public boolean searches() {
    return !search.isEmpty();
  }

  /**
   * The LIKE pattern of the search in lower case, its own wildcards escaped with {@code !} (the
   * queries say {@code escape '!'}): "50%" finds "50%", not everything that starts with 50.
   */
  public String pattern() {
    String text = search.toLowerCase(Locale.ROOT);
    StringBuilder out = new StringBuilder("%");
    for (char c : text.toCharArray()) {
      if (c == '!' || c == '%' || c == '_') {
        out.append('!');
      }
      out.append(c);
    }
    return out.append('%').toString();
  }

  /** The state filter when it is of the list's kind; another kind is refused. */
  public <E extends Enum<E>> E state(Class<E> type) {
    if (state == null) {
      return null;
    }
    if (!type.isInstance(state)) {
      throw new BusinessException("list.filterRefused");
    }
    return type.cast(state);
  }

  /**
   * {@code order by} the chosen column (its nulls last when it may have any), then the tie-break
   * (e.g. {@code r.id desc}).
   */
  public String orderBy(String tieBreak) {
    return " order by "
        + sort.path()
        + (ascending ? " asc" : " desc")
        + (sort.nullable() ? " nulls last" : "")
        + ", "
        + tieBreak;
  }
}
