package th.go.sesaoret.servicedesk.conference.domain;

/** A change to one occurrence of a repeating booking, or to it and all that follow it. */
public enum BookingScope {
  ONE,
  FOLLOWING
}
