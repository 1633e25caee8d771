package th.go.sesaoret.servicedesk.conference.domain;

import java.time.Duration;

/**
 * The manual's standard for running a meeting is 3-6 hours: a shorter or longer one is allowed, and
 * flagged on the form and in the reports.
 */
public enum LengthFlag {
  SHORT,
  STANDARD,
  LONG;

  public static final Duration STANDARD_MIN = Duration.ofHours(3);
  public static final Duration STANDARD_MAX = Duration.ofHours(6);

  public static LengthFlag of(Duration length) {
    if (length.compareTo(STANDARD_MIN) < 0) {
      return SHORT;
    }
    return length.compareTo(STANDARD_MAX) > 0 ? LONG : STANDARD;
  }

  /** Bundle key of its words ({@code conference_th/_en}). */
  public String labelKey() {
    return "conference.length." + name();
  }
}
