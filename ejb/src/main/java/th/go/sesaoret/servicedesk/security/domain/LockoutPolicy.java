package th.go.sesaoret.servicedesk.security.domain;

import java.time.Duration;

/** After {@code maxFailures} failed sign-ins in a row an account is locked for a while. */
public record LockoutPolicy(int maxFailures, Duration lockFor) {
  public static final LockoutPolicy DEFAULT = new LockoutPolicy(5, Duration.ofMinutes(15));
}
