package th.go.sesaoret.servicedesk.repair.domain;

/** What a work-log line records. */
public enum WorkLogKind implements Labelled {
  ACCEPTED,
  WORK,
  PAUSED,
  RESUMED,
  RESOLVED,
  REPORTED,
  REOPENED;
}
