package th.go.sesaoret.servicedesk.repair.domain;

/** How urgent the requester says the repair is (the Thai official grades). */
public enum Urgency implements Labelled {
  NORMAL,
  URGENT,
  VERY_URGENT,
  MOST_URGENT;
}
