package th.go.sesaoret.servicedesk.request.application;

import th.go.sesaoret.servicedesk.shared.list.ListSort;

/** The sortable columns of "My requests" (the whitelist); newest filed first by default. */
public enum MyRequestSort implements ListSort {
  NUMBER("r.number", true),
  TITLE("r.title", true),
  SERVICE("sv.code", false),
  STATUS("r.status", true),
  SUBMITTED("r.submittedAt", true),
  DUE("cur.clock.dueAt", false);

  private final String path;
  private final boolean ofRequest;

  MyRequestSort(String path, boolean ofRequest) {
    this.path = path;
    this.ofRequest = ofRequest;
  }

  /** A column of the request itself: sorting by it joins neither its service nor its step. */
  public boolean ofRequest() {
    return ofRequest;
  }

  @Override
  public String path() {
    return path;
  }

  /** Only the running step's due time may be empty (no step runs, or it is untimed). */
  @Override
  public boolean nullable() {
    return this == DUE;
  }
}
