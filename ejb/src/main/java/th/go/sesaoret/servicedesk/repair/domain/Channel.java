package th.go.sesaoret.servicedesk.repair.domain;

/**
 * How the repair form reached the office: online, or on paper at the ICT room (the clerk types it
 * in).
 */
public enum Channel implements Labelled {
  ONLINE,
  ICT_ROOM;
}
