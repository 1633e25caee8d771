package th.go.sesaoret.servicedesk.repair.domain;

/** Hardware repair or software fix: the two halves of the manual's service 3. */
public enum RepairKind implements Labelled {
  HARDWARE,
  SOFTWARE;
}
