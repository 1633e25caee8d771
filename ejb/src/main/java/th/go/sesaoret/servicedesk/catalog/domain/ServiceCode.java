package th.go.sesaoret.servicedesk.catalog.domain;

/** The three services of the manual, in its order. */
public enum ServiceCode {
  PUBLICATION,
  VIDEO_CONFERENCE,
  REPAIR
}
