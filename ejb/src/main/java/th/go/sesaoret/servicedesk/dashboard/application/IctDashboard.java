package th.go.sesaoret.servicedesk.dashboard.application;

import java.io.Serial;
import java.io.Serializable;
import java.util.List;
import th.go.sesaoret.servicedesk.conference.application.CalendarEntry;
import th.go.sesaoret.servicedesk.dashboard.domain.OfficeWeek;
import th.go.sesaoret.servicedesk.repair.application.TechnicianLoad;

/** What the ICT group director sees besides the directors' dashboard. */
public record IctDashboard(
    List<TechnicianLoad> technicianLoad,
    List<BacklogRow> repairBacklog,
    OfficeWeek week,
    List<CalendarEntry> meetings)
    implements Serializable {
  @Serial private static final long serialVersionUID = 1L;

  /** How many of the week's meetings the card lists (all are counted). */
  public static final int LISTED = 8;

  /** The first {@link #LISTED} of the week's meetings. */
  public List<CalendarEntry> listedMeetings() {
    return meetings.subList(0, Math.min(LISTED, meetings.size()));
  }
}
