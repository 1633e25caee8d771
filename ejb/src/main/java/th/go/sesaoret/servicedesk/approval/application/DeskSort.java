package th.go.sesaoret.servicedesk.approval.application;

import th.go.sesaoret.servicedesk.shared.list.ListSort;

/** The desk's sortable columns (the whitelist); oldest due first by default. */
public enum DeskSort implements ListSort {
  DUE("s.clock.dueAt"),
  STARTED("s.clock.startedAt"),
  NUMBER("r.number"),
  SERVICE("sv.code"),
  REQUESTER("p.fullName");

  private final String path;

  DeskSort(String path) {
    this.path = path;
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
