package th.go.sesaoret.servicedesk.repair.application;

import th.go.sesaoret.servicedesk.shared.list.ListSort;

/** The sortable columns of the technician's queue (the whitelist); soonest due first by default. */
public enum TechnicianJobSort implements ListSort {
  NUMBER("r.number"),
  TITLE("r.title"),
  /** Most urgent first when descending: the grades in their order, not alphabetically. */
  URGENCY(
      "case j.intake.urgency when 'NORMAL' then 0 when 'URGENT' then 1 when 'VERY_URGENT' then 2"
          + " else 3 end"),
  LOCATION("j.intake.building"),
  STEP("s.stepOrder"),
  DUE("s.clock.dueAt");

  private final String path;

  TechnicianJobSort(String path) {
    this.path = path;
  }

  @Override
  public String path() {
    return path;
  }

  /** An untimed step has no due time. */
  @Override
  public boolean nullable() {
    return this == DUE;
  }
}
