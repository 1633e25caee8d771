package th.go.sesaoret.servicedesk.dashboard.application;

import java.io.Serial;
import java.io.Serializable;
import java.util.List;
import th.go.sesaoret.servicedesk.report.domain.ReportPeriod;

/** The directors' dashboard for this month. */
public record DirectorDashboard(
    ReportPeriod month,
    Pending pending,
    List<CountBar> volume,
    List<RateBar> serviceRates,
    List<RateBar> stepRates,
    List<SlowRequest> slowest)
    implements Serializable {
  @Serial private static final long serialVersionUID = 1L;
}
