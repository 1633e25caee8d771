package th.go.sesaoret.servicedesk.dashboard.application;

import java.io.Serial;
import java.io.Serializable;

/** One bar of a count chart: a code (a service, a status), its label in the reader's language. */
public record CountBar(String code, String label, long count) implements Serializable {
  @Serial private static final long serialVersionUID = 1L;
}
