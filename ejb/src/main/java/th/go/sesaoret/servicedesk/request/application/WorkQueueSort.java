package th.go.sesaoret.servicedesk.request.application;

import th.go.sesaoret.servicedesk.shared.list.ListSort;

/** The sortable columns of the work queue (the whitelist); soonest due first by default. */
public enum WorkQueueSort implements ListSort {
  NUMBER("r.number"),
  TITLE("r.title"),
  SERVICE("sv.code"),
  STEP("s.stepOrder"),
  REQUESTER("p.fullName"),
  DUE("s.clock.dueAt");

  private final String path;

  WorkQueueSort(String path) {
    this.path = path;
  }

  @Override
  public String path() {
    return path;
  }
}
