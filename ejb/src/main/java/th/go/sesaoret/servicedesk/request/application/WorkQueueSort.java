package th.go.sesaoret.servicedesk.request.application;

import th.go.sesaoret.servicedesk.shared.list.ListSort;

/** The sortable columns of the work queue (the whitelist); soonest due first by default. */
public enum WorkQueueSort implements ListSort {
  NUMBER("r.number", false),
  TITLE("r.title", false),
  SERVICE("sv.code", false),
  STEP("s.stepOrder", true),
  REQUESTER("p.fullName", false),
  DUE("s.clock.dueAt", true);

  private final String path;
  private final boolean ofStep;

  WorkQueueSort(String path, boolean ofStep) {
    this.path = path;
    this.ofStep = ofStep;
  }

  /** A column of the step itself: the steps' index orders the queue without joining requests. */
  public boolean ofStep() {
    return ofStep;
  }

  @Override
  public String path() {
    return path;
  }

  /** An untimed step has no due time; a requester may have no person. */
  @Override
  public boolean nullable() {
    return this == DUE || this == REQUESTER;
  }
}
