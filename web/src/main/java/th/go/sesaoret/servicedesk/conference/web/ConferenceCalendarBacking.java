package th.go.sesaoret.servicedesk.conference.web;

import jakarta.ejb.EJB;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.primefaces.event.SelectEvent;
import org.primefaces.event.schedule.ScheduleEntryMoveEvent;
import org.primefaces.model.DefaultScheduleEvent;
import org.primefaces.model.LazyScheduleModel;
import org.primefaces.model.ScheduleDisplayMode;
import org.primefaces.model.ScheduleEvent;
import org.primefaces.model.ScheduleModel;
import th.go.sesaoret.servicedesk.conference.application.BookingDetails;
import th.go.sesaoret.servicedesk.conference.application.CalendarEntry;
import th.go.sesaoret.servicedesk.conference.application.ConferenceBookings;
import th.go.sesaoret.servicedesk.conference.application.ConferenceCalendar;
import th.go.sesaoret.servicedesk.conference.application.RoomView;
import th.go.sesaoret.servicedesk.conference.domain.BookingScope;
import th.go.sesaoret.servicedesk.conference.domain.MeetingTime;
import th.go.sesaoret.servicedesk.security.domain.Role;
import th.go.sesaoret.servicedesk.shared.BusinessException;
import th.go.sesaoret.servicedesk.shared.web.Callers;
import th.go.sesaoret.servicedesk.shared.web.LocaleBacking;
import th.go.sesaoret.servicedesk.shared.web.Messages;
import th.go.sesaoret.servicedesk.sla.application.WorkingCalendar;

/**
 * The conference-room calendar (conference/calendar.xhtml): each view's bookings from one range
 * read ({@link ConferenceCalendar#entries}), each drawn as its set-up, its meeting and its
 * post-check in its room's colour, and the office's closed days. A click on a free time opens the
 * booking form there; a click on a booking one may open shows its request; one's own booking is
 * dragged to move it, checked like a new one (refused: it goes back and the message says why).
 */
@Named
@ViewScoped
public class ConferenceCalendarBacking implements Serializable {
  private static final long serialVersionUID = 1L;

  /** Where the calendar's messages show (above it). */
  static final String MESSAGES = "calendarMessages";

  @EJB private ConferenceCalendar calendar;
  @EJB private ConferenceBookings bookings;
  @EJB private BookingDetails details;
  @EJB private WorkingCalendar working;
  @Inject private LocaleBacking locale;

  private String dateParam;
  private Long roomId;
  private String operator;
  private boolean mine;
  private final Map<Long, CalendarEntry> shown = new HashMap<>();
  private transient List<RoomView> rooms;
  private transient List<BookingDetails.Operator> operators;

  private final ScheduleModel model =
      new LazyScheduleModel() {
        private static final long serialVersionUID = 1L;

        @Override
        public void loadEvents(LocalDateTime start, LocalDateTime end) {
          load(this, start, end);
        }
      };

  private void load(LazyScheduleModel into, LocalDateTime start, LocalDateTime end) {
    ZoneId zone = zone();
    Instant from = start.atZone(zone).toInstant();
    Instant to = end.atZone(zone).toInstant();
    shown.clear();
    String setup = Messages.text("conference.web.calendar.setup");
    String postcheck = Messages.text("conference.web.calendar.postcheck");
    for (CalendarEntry e :
        calendar.entries(from, to, new ConferenceCalendar.Filter(roomId, blank(operator), mine))) {
      shown.put(e.requestId(), e);
      String colour = e.colour() == null ? "#1f6feb" : e.colour();
      String base = " sd-room-" + e.roomId() + (e.mine() ? " sd-mine" : "");
      into.addEvent(
          DefaultScheduleEvent.<Long>builder()
              .id("s-" + e.requestId())
              .title(setup)
              .startDate(local(e.occupiedFrom(), zone))
              .endDate(local(e.meetingStart(), zone))
              .styleClass("sd-buffer sd-setup" + base)
              .backgroundColor(colour)
              .borderColor(colour)
              .editable(false)
              .overlapAllowed(true)
              .data(e.requestId())
              .build());
      into.addEvent(
          DefaultScheduleEvent.<Long>builder()
              .id("m-" + e.requestId())
              .title(title(e))
              .description(title(e))
              .startDate(local(e.meetingStart(), zone))
              .endDate(local(e.meetingEnd(), zone))
              .styleClass(
                  "sd-meeting"
                      + base
                      + (e.outsideOfficeHours() ? " sd-offhours" : "")
                      + (e.mayOpen() ? " sd-may-open" : ""))
              .backgroundColor(colour)
              .borderColor(colour)
              .textColor("#ffffff")
              .editable(e.mine())
              .draggable(e.mine())
              .resizable(false)
              // the service decides what overlaps (set-up and post-check included)
              .overlapAllowed(true)
              .data(e.requestId())
              .build());
      into.addEvent(
          DefaultScheduleEvent.<Long>builder()
              .id("p-" + e.requestId())
              .title(postcheck)
              .startDate(local(e.meetingEnd(), zone))
              .endDate(local(e.occupiedUntil(), zone))
              .styleClass("sd-buffer sd-postcheck" + base)
              .backgroundColor(colour)
              .borderColor(colour)
              .editable(false)
              .overlapAllowed(true)
              .data(e.requestId())
              .build());
    }
    LocalDate first = start.toLocalDate();
    LocalDate last = end.toLocalDate();
    if (!last.isAfter(first.plusDays(62))) {
      for (BookingDetails.ClosedDay h : details.closedDays(first, last)) {
        into.addEvent(
            DefaultScheduleEvent.<Long>builder()
                .id("h-" + h.date())
                .title(locale.isThai() ? h.nameTh() : h.nameEn())
                .startDate(h.date().atStartOfDay())
                .endDate(h.date().plusDays(1).atStartOfDay())
                .allDay(true)
                .display(ScheduleDisplayMode.BACKGROUND)
                .styleClass("sd-holiday")
                .editable(false)
                .overlapAllowed(true)
                .build());
      }
    }
  }

  /** What everyone sees of a meeting: title, room, time (drawn) and operator. */
  private String title(CalendarEntry e) {
    StringBuilder t = new StringBuilder();
    if (e.mayOpen() && e.number() != null) {
      t.append(e.number()).append(' ');
    }
    t.append(e.title()).append(" · ").append(e.roomName());
    t.append(" · ")
        .append(
            e.operatorName() == null
                ? Messages.text("conference.web.calendar.noOperator")
                : e.operatorName());
    return t.toString();
  }

  /** A click on a booking: its request's page when the viewer may open it. */
  public void open(SelectEvent<ScheduleEvent<?>> event) {
    Long id = requestId(event.getObject());
    CalendarEntry e = id == null ? null : shown.get(id);
    if (e != null && e.mayOpen()) {
      redirect("/requests/view.xhtml?id=" + e.requestId());
    }
  }

  /** A click on a free time: the booking form there (a day's click: the office's opening). */
  public void book(SelectEvent<LocalDateTime> event) {
    if (!isMayBook()) {
      return;
    }
    LocalDateTime at = event.getObject();
    LocalTime start = at.toLocalTime();
    if (start.equals(LocalTime.MIDNIGHT)) {
      start = working.calendar().officeHours().periods().get(0).start();
    }
    start = start.withSecond(0).withNano(0);
    start = start.minusMinutes(start.getMinute() % MeetingTime.STEP_MINUTES);
    if (start.isBefore(MeetingTime.EARLIEST_START)) {
      start = MeetingTime.EARLIEST_START;
    }
    LocalTime latestStart = MeetingTime.LATEST_END.minusHours(1);
    if (start.isAfter(latestStart)) {
      start = latestStart;
    }
    LocalTime end = start.plusHours(3);
    if (end.isAfter(MeetingTime.LATEST_END) || end.isBefore(start)) {
      end = MeetingTime.LATEST_END;
    }
    StringBuilder url = new StringBuilder("/conference/book.xhtml?date=" + at.toLocalDate());
    url.append("&start=").append(MeetingTimes.HM.format(start));
    url.append("&end=").append(MeetingTimes.HM.format(end));
    if (roomId != null) {
      url.append("&room=").append(roomId);
    }
    redirect(url.toString());
  }

  /** One's own booking dragged to another time: moved, checked like a new one. */
  public void move(ScheduleEntryMoveEvent event) {
    Long id = requestId(event.getScheduleEvent());
    CalendarEntry e = id == null ? null : shown.get(id);
    if (e == null || !e.mine()) {
      Messages.errorAt(MESSAGES, new BusinessException("conference.booking.notFound"));
      return;
    }
    ZoneId zone = zone();
    ZonedDateTime s =
        e.meetingStart()
            .atZone(zone)
            .plusYears(event.getYearDelta())
            .plusMonths(event.getMonthDelta())
            .plusDays(event.getDayDelta())
            .plusMinutes(event.getMinuteDelta());
    ZonedDateTime f = s.plus(java.time.Duration.between(e.meetingStart(), e.meetingEnd()));
    try {
      if (!f.toLocalDate().equals(s.toLocalDate())) {
        throw new BusinessException(
            "conference.time.withinDay", MeetingTime.EARLIEST_START, MeetingTime.LATEST_END);
      }
      MeetingTime time = new MeetingTime(s.toLocalDate(), s.toLocalTime(), f.toLocalTime(), zone);
      bookings.move(e.requestId(), e.roomId(), time, null, BookingScope.ONE, Callers.ip());
      Messages.infoAt(MESSAGES, "conference.web.moved", e.number());
    } catch (BusinessException ex) {
      Messages.errorAt(MESSAGES, ex);
    }
  }

  private static Long requestId(ScheduleEvent<?> event) {
    if (event == null) {
      return null;
    }
    if (event.getData() instanceof Long l) {
      return l;
    }
    String id = event.getId();
    return id == null || id.length() < 3 ? null : MeetingTimes.id(id.substring(2));
  }

  private static void redirect(String path) {
    var ec = FacesContext.getCurrentInstance().getExternalContext();
    try {
      ec.redirect(ec.getRequestContextPath() + path);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static LocalDateTime local(Instant at, ZoneId zone) {
    return LocalDateTime.ofInstant(at, zone);
  }

  private static String blank(String s) {
    return s == null || s.isBlank() ? null : s;
  }

  private ZoneId zone() {
    return working.calendar().officeHours().zone();
  }

  /** The office zone's id, for the schedule. */
  public String getTimeZone() {
    return zone().getId();
  }

  /** The office day's first opening and last closing (HH:mm), for the marked office hours. */
  public String getOpening() {
    return MeetingTimes.HM.format(working.calendar().officeHours().periods().get(0).start());
  }

  public String getClosing() {
    var periods = working.calendar().officeHours().periods();
    return MeetingTimes.HM.format(periods.get(periods.size() - 1).end());
  }

  /** Who may book from the calendar (the booking form's roles). */
  public boolean isMayBook() {
    return Callers.hasRole(Role.REQUESTER_NAME)
        || Callers.hasRole(Role.CLERK_NAME)
        || Callers.hasRole(Role.STAFF_NAME);
  }

  /** The day the calendar opens on ({@code ?date=yyyy-MM-dd}), else today. */
  public LocalDate getInitialDate() {
    LocalDate d = MeetingTimes.date(dateParam);
    return d != null ? d : LocalDate.now(zone());
  }

  public String getDateParam() {
    return dateParam;
  }

  public void setDateParam(String dateParam) {
    this.dateParam = dateParam;
  }

  /** The calendar's words for its toolbar, in the viewer's language (the extender sets them). */
  public String getButtonTexts() {
    return String.join(
        "|",
        Messages.text("conference.web.calendar.today"),
        Messages.text("conference.web.calendar.month"),
        Messages.text("conference.web.calendar.week"),
        Messages.text("conference.web.calendar.dayView"),
        Messages.text("conference.web.calendar.list"),
        Messages.text("conference.web.calendar.allDay"),
        Messages.text("conference.web.calendar.noEvents"));
  }

  public ScheduleModel getModel() {
    return model;
  }

  public List<RoomView> getRooms() {
    if (rooms == null) {
      rooms = calendar.rooms();
    }
    return rooms;
  }

  public List<BookingDetails.Operator> getOperators() {
    if (operators == null) {
      operators = details.operators();
    }
    return operators;
  }

  public Long getRoomId() {
    return roomId;
  }

  public void setRoomId(Long roomId) {
    this.roomId = roomId;
  }

  public String getOperator() {
    return operator;
  }

  public void setOperator(String operator) {
    this.operator = operator;
  }

  public boolean isMine() {
    return mine;
  }

  public void setMine(boolean mine) {
    this.mine = mine;
  }
}
