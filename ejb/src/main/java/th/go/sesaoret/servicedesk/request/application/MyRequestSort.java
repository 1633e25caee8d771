package th.go.sesaoret.servicedesk.request.application;

import th.go.sesaoret.servicedesk.shared.list.ListSort;

/** The sortable columns of "My requests" (the whitelist); newest filed first by default. */
public enum MyRequestSort implements ListSort {
  NUMBER("r.number"),
  TITLE("r.title"),
  SERVICE("sv.code"),
  STATUS("r.status"),
  SUBMITTED("r.submittedAt"),
  DUE("cur.clock.dueAt");

  private final String path;

  MyRequestSort(String path) {
    this.path = path;
  }

  @Override
  public String path() {
    return path;
  }
}
