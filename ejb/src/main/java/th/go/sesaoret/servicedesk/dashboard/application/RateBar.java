package th.go.sesaoret.servicedesk.dashboard.application;

import java.io.Serial;
import java.io.Serializable;
import th.go.sesaoret.servicedesk.dashboard.domain.OnTimeRate;

/** One bar of an on-time chart: a service or a step (its label in the reader's language). */
public record RateBar(String code, String label, OnTimeRate rate) implements Serializable {
  @Serial private static final long serialVersionUID = 1L;
}
