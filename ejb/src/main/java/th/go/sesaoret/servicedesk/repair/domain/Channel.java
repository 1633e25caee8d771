package th.go.sesaoret.servicedesk.repair.domain;

/**
 * How the repair form reached the office: online, on paper at the ICT room (the clerk types it in),
 * or from a video-conference operator's post-check (a problem found with the meeting's equipment).
 */
public enum Channel implements Labelled {
  ONLINE,
  ICT_ROOM,
  POST_CHECK;
}
