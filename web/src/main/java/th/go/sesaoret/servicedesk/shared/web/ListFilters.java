package th.go.sesaoret.servicedesk.shared.web;

import jakarta.faces.component.UIComponent;
import jakarta.faces.component.UIData;
import jakarta.faces.context.FacesContext;
import java.io.Serializable;
import java.util.List;
import th.go.sesaoret.servicedesk.catalog.domain.ServiceCode;
import th.go.sesaoret.servicedesk.shared.list.ListQuery;
import th.go.sesaoret.servicedesk.shared.list.ListSort;

/**
 * What the filter bar above a list holds: the search text, the service, the state (by its name, of
 * the list's own kind), overdue only and waiting for me only. Names that are not of the list's
 * kinds count as no filter (the menus only offer valid ones).
 */
public final class ListFilters implements Serializable {
  private static final long serialVersionUID = 1L;

  private final Class<? extends Enum<?>> stateType;
  private String search;
  private String service;
  private String state;
  private boolean overdue;
  private boolean waiting;

  /** Filters of a list whose state filter is of {@code stateType} (null: no state filter). */
  public ListFilters(Class<? extends Enum<?>> stateType) {
    this.stateType = stateType;
  }

  /** The filters as a query, in the list's default order. */
  public <S extends Enum<S> & ListSort> ListQuery<S> query(S sort, boolean ascending) {
    return ListQuery.sortedBy(sort, ascending)
        .searching(search)
        .inService(ServiceCode.known(service).orElse(null))
        .inState(stateType == null ? null : stateNamed())
        .overdueOnly(overdue)
        .waitingOnly(waiting);
  }

  private Enum<?> stateNamed() {
    for (Enum<?> value : stateType.getEnumConstants()) {
      if (value.name().equals(state)) {
        return value;
      }
    }
    return null;
  }

  /** Shows the first page of the table again (the filters changed what it holds). */
  public void apply(String tableId) {
    FacesContext context = FacesContext.getCurrentInstance();
    UIComponent table = context.getViewRoot().findComponent(tableId);
    if (table instanceof UIData data) {
      data.setFirst(0);
    }
  }

  /** Clears every filter and shows the first page. */
  public void clear(String tableId) {
    search = null;
    service = null;
    state = null;
    overdue = false;
    waiting = false;
    apply(tableId);
  }

  /** The states the state filter offers (this list's own kind of state; none without one). */
  public List<Enum<?>> getStates() {
    return stateType == null ? List.of() : List.of(stateType.getEnumConstants());
  }

  public int getSearchMax() {
    return ListQuery.SEARCH_MAX;
  }

  /** The message for a search over the limit, with the limit. */
  public String getSearchTooLong() {
    return Messages.text("list.searchTooLong", ListQuery.SEARCH_MAX);
  }

  public String getSearch() {
    return search;
  }

  public void setSearch(String search) {
    this.search = search;
  }

  public String getService() {
    return service;
  }

  public void setService(String service) {
    this.service = service;
  }

  public String getState() {
    return state;
  }

  public void setState(String state) {
    this.state = state;
  }

  public boolean isOverdue() {
    return overdue;
  }

  public void setOverdue(boolean overdue) {
    this.overdue = overdue;
  }

  public boolean isWaiting() {
    return waiting;
  }

  public void setWaiting(boolean waiting) {
    this.waiting = waiting;
  }
}
