package th.go.sesaoret.servicedesk.dashboard.application;

import java.io.Serial;
import java.io.Serializable;
import th.go.sesaoret.servicedesk.dashboard.domain.OnTimeRate;

/**
 * One bar of an on-time chart: a service ({@code code} its code) or a step ({@code code}
 * "service/step key"), of {@code service}, labelled in the reader's language.
 */
public record RateBar(String code, String service, String label, OnTimeRate rate)
    implements Serializable {
  @Serial private static final long serialVersionUID = 1L;
}
