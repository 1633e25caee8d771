package th.go.sesaoret.servicedesk.report.infrastructure;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.DependsOn;
import jakarta.ejb.EJB;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;

/**
 * When the compliance tally is rebuilt: shortly after a start that finds it never built (not during
 * the deployment, which it would hold up on a large database), and every night at 02:30 office
 * time, when nobody works, to heal what a write past the workflow left behind.
 */
@Singleton
@Startup
@DependsOn("DatabaseMigration")
public class TallyMaintenance {
  @EJB private TallyRebuild rebuild;
  @Resource private TimerService timers;

  @PostConstruct
  void atStart() {
    if (rebuild.isMissing()) {
      timers.createSingleActionTimer(
          2_000, new TimerConfig("compliance tally, first build", false));
    }
  }

  @Timeout
  void firstBuild() {
    if (rebuild.isMissing()) {
      rebuild.rebuild();
    }
  }

  @Schedule(
      hour = "2",
      minute = "30",
      timezone = "Asia/Bangkok",
      persistent = false,
      info = "compliance tally, nightly rebuild")
  void nightly() {
    rebuild.rebuild();
  }
}
