package th.go.sesaoret.servicedesk.conference.domain;

import java.time.Duration;

/**
 * The video-conference service's steps by their catalog keys (service 2 of the manual): the
 * requester arranges the meeting (done by filing the booking), staff set up and test from 30
 * minutes before the start, run the meeting to its end, and check the equipment for 30 minutes
 * after it. Steps 2-4 are on the booking's clock.
 */
public final class ConferenceSteps {
  public static final String ARRANGE = "conference.arrange";
  public static final String SETUP = "conference.setup";
  public static final String RUN = "conference.run";
  public static final String POSTCHECK = "conference.postcheck";

  /** Set-up and test before the meeting, and the post-check after it: 30 minutes each. */
  public static final Duration BUFFER = Duration.ofMinutes(30);

  private ConferenceSteps() {}
}
