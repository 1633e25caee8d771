package th.go.sesaoret.servicedesk.dashboard.application;

import java.io.Serial;
import java.io.Serializable;

/** Open repairs at one step: how many run, how many are paused (on hold), how many are overdue. */
public record BacklogRow(int stepOrder, String stepName, long open, long paused, long overdue)
    implements Serializable {
  @Serial private static final long serialVersionUID = 1L;
}
