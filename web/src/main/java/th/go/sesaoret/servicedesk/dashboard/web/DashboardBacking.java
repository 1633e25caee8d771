package th.go.sesaoret.servicedesk.dashboard.web;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import th.go.sesaoret.servicedesk.catalog.domain.ServiceCode;
import th.go.sesaoret.servicedesk.catalog.web.ServiceNames;
import th.go.sesaoret.servicedesk.dashboard.application.CountBar;
import th.go.sesaoret.servicedesk.dashboard.application.DashboardQueries.StatusCount;
import th.go.sesaoret.servicedesk.dashboard.application.Dashboards;
import th.go.sesaoret.servicedesk.dashboard.application.DirectorDashboard;
import th.go.sesaoret.servicedesk.dashboard.application.IctDashboard;
import th.go.sesaoret.servicedesk.dashboard.application.RateBar;
import th.go.sesaoret.servicedesk.dashboard.application.StaffDashboard;
import th.go.sesaoret.servicedesk.dashboard.domain.OnTimeRate;
import th.go.sesaoret.servicedesk.repair.application.TechnicianLoad;
import th.go.sesaoret.servicedesk.shared.web.LocaleBacking;
import th.go.sesaoret.servicedesk.shared.web.Messages;

/**
 * The dashboards of the role home pages, read once per request and only for the cards the page
 * includes (each include asks for its own role's figures); the charts' configurations next to them.
 */
@Named
@RequestScoped
public class DashboardBacking {
  @EJB private Dashboards dashboards;
  @Inject private LocaleBacking locale;
  @Inject private ServiceNames serviceNames;

  private DirectorDashboard director;
  private IctDashboard ict;
  private StaffDashboard staff;
  private List<StatusCount> requester;

  public DirectorDashboard getDirector() {
    if (director == null) {
      director = dashboards.director(locale.getLocale());
    }
    return director;
  }

  public IctDashboard getIct() {
    if (ict == null) {
      ict = dashboards.ict(locale.getLocale());
    }
    return ict;
  }

  public StaffDashboard getStaff() {
    if (staff == null) {
      staff = dashboards.staff();
    }
    return staff;
  }

  public List<StatusCount> getRequester() {
    if (requester == null) {
      requester = dashboards.requester();
    }
    return requester;
  }

  public String getVolumeChart() {
    List<CountBar> bars = getDirector().volume();
    return ChartJson.bars(bars.stream().map(b -> service(b.code())).toList())
        .series(
            Messages.text("dashboard.volume.series"),
            ChartJson.BLUE,
            bars.stream().map(CountBar::count).toList())
        .json();
  }

  public String getServiceRateChart() {
    List<RateBar> bars = getDirector().serviceRates();
    return rateChart(bars, bars.stream().map(b -> service(b.code())).toList());
  }

  public String getStepRateChart() {
    List<RateBar> bars = getDirector().stepRates();
    return rateChart(
        bars, bars.stream().map(b -> b.label() + " · " + service(b.service())).toList());
  }

  /** The per-step chart's height: a bar's room for each step and the axis. */
  public int getStepChartHeight() {
    return 60 + 54 * getDirector().stepRates().size();
  }

  /** A service's short name on the pages ({@code request.service.<CODE>}), else the catalog's. */
  public String service(String code) {
    return serviceNames.of(ServiceCode.of(code));
  }

  public String getTechnicianChart() {
    List<TechnicianLoad> load = getIct().technicianLoad();
    return ChartJson.bars(load.stream().map(TechnicianLoad::fullName).toList())
        .horizontal()
        .stacked()
        .series(
            Messages.text("dashboard.load.running"),
            ChartJson.BLUE,
            load.stream().map(l -> l.openJobs() - l.heldJobs()).toList())
        .series(
            Messages.text("dashboard.load.held"),
            ChartJson.AMBER,
            load.stream().map(TechnicianLoad::heldJobs).toList())
        .json();
  }

  public String getStaffChart() {
    StaffDashboard s = getStaff();
    return ChartJson.bars(
            List.of(Messages.text("dashboard.staff.month"), Messages.text("dashboard.staff.year")))
        .max(100)
        .series(
            Messages.text("dashboard.rate.series"),
            ChartJson.GREEN,
            java.util.Arrays.asList(s.monthRate().percent(), s.yearRate().percent()))
        .json();
  }

  public String getRequesterChart() {
    List<StatusCount> states = getRequester();
    return ChartJson.bars(
            states.stream().map(c -> Messages.text("request.status." + c.status())).toList())
        .series(
            Messages.text("dashboard.mine.series"),
            ChartJson.BLUE,
            states.stream().map(StatusCount::count).toList())
        .json();
  }

  /** "66.7%", or the bundle's "no figure" when nothing was timed. */
  public String percent(OnTimeRate rate) {
    BigDecimal p = rate == null ? null : rate.percent();
    return p == null ? Messages.text("dashboard.rate.none") : p.toPlainString() + "%";
  }

  /** Whole calendar days since {@code since} (0 for less than a day). */
  public long daysSince(Instant since) {
    return since == null ? 0 : Math.max(0, Duration.between(since, dashboards.now()).toDays());
  }

  /** The sum of a requester's counts (all their requests). */
  public long getRequesterTotal() {
    return getRequester().stream().mapToLong(StatusCount::count).sum();
  }

  private static String rateChart(List<RateBar> bars, List<String> labels) {
    return ChartJson.bars(labels)
        .horizontal()
        .max(100)
        .series(
            Messages.text("dashboard.rate.series"),
            ChartJson.GREEN,
            bars.stream().map(b -> b.rate().percent()).toList())
        .json();
  }
}
