package th.go.sesaoret.servicedesk.catalog.domain;

/** What clock a step's standard runs on. */
public enum TimeBasis {
  /** Counted inside office hours on working days (the default reading of the manual). */
  OFFICE_TIME,
  /** Wall-clock time bound to a booked meeting (video-conference set-up, meeting, check). */
  BOOKING_CLOCK
}
