package th.go.sesaoret.servicedesk.conference.web;

import jakarta.ejb.EJB;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import org.primefaces.model.file.UploadedFiles;
import th.go.sesaoret.servicedesk.attachment.domain.Upload;
import th.go.sesaoret.servicedesk.attachment.web.Uploads;
import th.go.sesaoret.servicedesk.conference.application.ConferenceBookings;
import th.go.sesaoret.servicedesk.conference.application.ConferenceCalendar;
import th.go.sesaoret.servicedesk.conference.application.ConferenceService;
import th.go.sesaoret.servicedesk.conference.application.DaySchedule;
import th.go.sesaoret.servicedesk.conference.application.ItemView;
import th.go.sesaoret.servicedesk.conference.application.RoomView;
import th.go.sesaoret.servicedesk.conference.application.SeriesReport;
import th.go.sesaoret.servicedesk.conference.domain.BookingForm;
import th.go.sesaoret.servicedesk.conference.domain.Conflict;
import th.go.sesaoret.servicedesk.conference.domain.LengthFlag;
import th.go.sesaoret.servicedesk.conference.domain.MeetingTime;
import th.go.sesaoret.servicedesk.conference.domain.Platform;
import th.go.sesaoret.servicedesk.conference.domain.RepeatRule;
import th.go.sesaoret.servicedesk.request.application.RequestState;
import th.go.sesaoret.servicedesk.security.domain.Role;
import th.go.sesaoret.servicedesk.shared.BusinessException;
import th.go.sesaoret.servicedesk.shared.web.Callers;
import th.go.sesaoret.servicedesk.shared.web.Messages;
import th.go.sesaoret.servicedesk.sla.application.WorkingCalendar;

/**
 * The booking form (conference/book.xhtml): the requester books, the clerk or DLICT staff book for
 * someone who phoned. As the room, date or times change it shows the room's day (taken and free
 * windows, the nearest free times when the wished one is taken), the 3-6 hour flag and whether the
 * time needs an off-hours reason. {@code ?room=N&date=yyyy-MM-dd&start=HH:mm&end=HH:mm} prefills it
 * (the calendar's click on a free slot). Every refusal is shown next to the field it is about.
 */
@Named
@ViewScoped
public class BookingFormBacking implements Serializable {
  private static final long serialVersionUID = 1L;
  private static final Uploads UPLOADS = new Uploads(ConferenceService.AGENDA_POLICY);

  /** Which field a refusal is about, by the start of its key (first match wins). */
  private static final List<Map.Entry<String, String>> FIELDS =
      List.of(
          Map.entry("request.title", "title"),
          Map.entry("request.description", "agenda"),
          Map.entry("request.attachment", "files"),
          Map.entry("request.requester", "requester"),
          Map.entry("request.web.requesterUsername", "requester"),
          Map.entry("request.submit", "requester"),
          Map.entry("conference.room", "room"),
          Map.entry("conference.attendees", "attendees"),
          Map.entry("conference.chairperson", "chairperson"),
          Map.entry("conference.farEndSites", "farEndSites"),
          Map.entry("conference.meetingLink", "meetingLink"),
          Map.entry("conference.broadcastWhere", "broadcastWhere"),
          Map.entry("conference.equipmentWanted", "equipmentWanted"),
          Map.entry("conference.item", "items"),
          Map.entry("conference.contactPhone", "contactPhone"),
          Map.entry("conference.offHoursReason", "offHoursReason"),
          Map.entry("conference.repeat", "until"),
          Map.entry("conference.time.dayRequired", "date"),
          Map.entry("conference.time", "start"),
          Map.entry("conference.conflict", "start"),
          Map.entry("conference.slot", "start"));

  @EJB private ConferenceBookings bookings;
  @EJB private ConferenceCalendar calendar;
  @EJB private WorkingCalendar working;

  private String roomParam;
  private String dateParam;
  private String startParam;
  private String endParam;
  private boolean prefilled;

  private String requesterUsername;
  private String title;
  private String agenda;
  private Long roomId;
  private LocalDate date;
  private String start = "09:00";
  private String end = "12:00";
  private Integer attendees;
  private String chairperson;
  private String farEndSites;
  private Platform platform = Platform.NONE;
  private String meetingLink;
  private boolean broadcast;
  private String broadcastWhere;
  private String equipmentWanted;
  private List<Long> itemIds = new ArrayList<>();
  private String contactPhone;
  private String offHoursReason;
  private RepeatRule repeat;
  private LocalDate until;
  private transient UploadedFiles files;

  private DaySchedule day;
  private SeriesReport report;
  private boolean reportBooked;
  private transient List<RoomView> rooms;
  private transient List<ItemView> items;

  /** The view action: the calendar's prefill, once; then the room's day. */
  public void load() {
    if (prefilled) {
      return;
    }
    prefilled = true;
    Long room = MeetingTimes.id(roomParam);
    if (room != null && getRooms().stream().anyMatch(r -> r.id() == room)) {
      roomId = room;
    }
    LocalDate d = MeetingTimes.date(dateParam);
    date = d != null ? d : LocalDate.now(zone()).plusDays(1);
    if (MeetingTimes.time(startParam) != null && MeetingTimes.STEPS.contains(startParam)) {
      start = startParam;
    }
    if (MeetingTimes.time(endParam) != null && MeetingTimes.STEPS.contains(endParam)) {
      end = endParam;
    }
    if (roomId == null && !getRooms().isEmpty()) {
      roomId = getRooms().get(0).id();
    }
    refreshDay();
  }

  /** The room's day for the chosen date and times (ajax, as the person types). */
  public void refreshDay() {
    refreshDay(true);
  }

  private void refreshDay(boolean sayTaken) {
    day = null;
    if (roomId == null || date == null) {
      return;
    }
    MeetingTime wished = wished(sayTaken);
    try {
      day = calendar.day(roomId, date, wished, null);
    } catch (BusinessException e) {
      Messages.errorAt(id("room"), e);
      return;
    }
    if (wished != null && sayTaken) {
      // taken: say by what and when, next to the times (the nearest free ones are offered below)
      Instant a = wished.occupiedFrom();
      Instant b = wished.occupiedUntil();
      day.taken().stream()
          .filter(w -> w.overlaps(a, b))
          .findFirst()
          .ifPresent(
              w ->
                  Messages.errorAt(
                      id("start"),
                      new BusinessException(
                          Conflict.Kind.ROOM_TAKEN.messageKey(),
                          getRoom() == null ? "" : getRoom().name(),
                          hm(w.from()),
                          hm(w.until()))));
    }
  }

  /** Takes one of the nearest free times offered. */
  public void pick(int index) {
    if (day != null && index >= 0 && index < day.nearest().size()) {
      MeetingTime m = day.nearest().get(index);
      start = MeetingTimes.HM.format(m.start());
      end = MeetingTimes.HM.format(m.end());
    }
    refreshDay();
  }

  /** A repeating booking's dates checked one by one, nothing booked yet. */
  public void checkDates() {
    report = null;
    reportBooked = false;
    try {
      report = bookings.checkSeries(form(), repeatRule(), until);
    } catch (BusinessException e) {
      refuse(e);
    }
  }

  /** Books the meeting (or every free date of the repeat), then shows it. */
  public String submit() {
    try {
      BookingForm form = form();
      List<Upload> agendaFiles = UPLOADS.of(files);
      String forWhom = isForSomeone() ? requesterUsername : null;
      if (isForSomeone() && (forWhom == null || forWhom.isBlank())) {
        throw new BusinessException("request.web.requesterUsername.required");
      }
      if (repeat != null) {
        report = bookings.bookSeries(forWhom, form, repeat, until, agendaFiles, Callers.ip());
        reportBooked = true;
        Messages.infoAt(id("report"), "conference.web.series.booked", report.booked());
        return null;
      }
      RequestState done =
          forWhom != null
              ? bookings.bookFor(forWhom, form, agendaFiles, Callers.ip())
              : bookings.book(form, agendaFiles, Callers.ip());
      Messages.info("conference.web.booked", done.number());
      FacesContext.getCurrentInstance().getExternalContext().getFlash().setKeepMessages(true);
      return "/requests/view?faces-redirect=true&id=" + done.id();
    } catch (BusinessException e) {
      refuse(e);
      refreshDay(false);
      return null;
    }
  }

  private void refuse(BusinessException e) {
    String field = "start";
    for (var entry : FIELDS) {
      if (e.key().startsWith(entry.getKey())) {
        field = entry.getValue();
        break;
      }
    }
    Messages.errorAt(id(field), e);
  }

  private static String id(String field) {
    return "book:" + field;
  }

  private RepeatRule repeatRule() {
    if (repeat == null) {
      throw new BusinessException("conference.repeat.ruleRequired");
    }
    return repeat;
  }

  private BookingForm form() {
    if (roomId == null) {
      throw new BusinessException("conference.room.unknown");
    }
    MeetingTime time = MeetingTimes.of(date, start, end, zone());
    return new BookingForm(
        title,
        agenda,
        roomId,
        time,
        attendees == null ? 0 : attendees,
        chairperson,
        farEndSites,
        platform,
        meetingLink,
        broadcast,
        broadcastWhere,
        equipmentWanted,
        new LinkedHashSet<>(itemIds),
        contactPhone,
        offHoursReason);
  }

  private MeetingTime wished(boolean say) {
    try {
      return MeetingTimes.of(date, start, end, zone());
    } catch (BusinessException e) {
      if (say) {
        Messages.errorAt(id(e.key().equals("conference.time.dayRequired") ? "date" : "start"), e);
      }
      return null;
    }
  }

  private ZoneId zone() {
    return working.calendar().officeHours().zone();
  }

  /** The 3-6 hour flag of the chosen times, or null while they are not a meeting. */
  public LengthFlag getLengthFlag() {
    try {
      return MeetingTimes.of(date, start, end, zone()).lengthFlag();
    } catch (BusinessException e) {
      return null;
    }
  }

  /** True when the chosen time is outside office hours or on a closed day: a reason is needed. */
  public boolean isOffHours() {
    try {
      return MeetingTimes.of(date, start, end, zone()).outsideOfficeHours(working.calendar());
    } catch (BusinessException e) {
      return false;
    }
  }

  /** The clerk or DLICT staff book for someone (a requester books for themselves). */
  public boolean isForSomeone() {
    return (Callers.hasRole(Role.CLERK_NAME) || Callers.hasRole(Role.STAFF_NAME))
        && !Callers.hasRole(Role.REQUESTER_NAME);
  }

  public RoomView getRoom() {
    return roomId == null
        ? null
        : getRooms().stream().filter(r -> r.id() == roomId).findFirst().orElse(null);
  }

  public List<RoomView> getRooms() {
    if (rooms == null) {
      rooms = calendar.rooms();
    }
    return rooms;
  }

  public List<ItemView> getItems() {
    if (items == null) {
      items = calendar.items();
    }
    return items;
  }

  public List<String> getTimes() {
    return MeetingTimes.STEPS;
  }

  public Platform[] getPlatforms() {
    return Platform.values();
  }

  public RepeatRule[] getRepeats() {
    return RepeatRule.values();
  }

  public String hm(java.time.Instant at) {
    return at == null ? "" : MeetingTimes.HM.format(at.atZone(zone()));
  }

  public String hm(java.time.LocalTime at) {
    return at == null ? "" : MeetingTimes.HM.format(at);
  }

  /** A refusal's words from the report (its key and arguments). */
  public String reason(SeriesReport.Occurrence o) {
    return o.reasonKey() == null ? "" : Messages.text(o.reasonKey(), o.args().toArray());
  }

  public Uploads getUploads() {
    return UPLOADS;
  }

  public DaySchedule getDay() {
    return day;
  }

  public SeriesReport getReport() {
    return report;
  }

  public boolean isReportBooked() {
    return reportBooked;
  }

  public String getRoomParam() {
    return roomParam;
  }

  public void setRoomParam(String roomParam) {
    this.roomParam = roomParam;
  }

  public String getDateParam() {
    return dateParam;
  }

  public void setDateParam(String dateParam) {
    this.dateParam = dateParam;
  }

  public String getStartParam() {
    return startParam;
  }

  public void setStartParam(String startParam) {
    this.startParam = startParam;
  }

  public String getEndParam() {
    return endParam;
  }

  public void setEndParam(String endParam) {
    this.endParam = endParam;
  }

  public String getRequesterUsername() {
    return requesterUsername;
  }

  public void setRequesterUsername(String requesterUsername) {
    this.requesterUsername = requesterUsername;
  }

  public String getTitle() {
    return title;
  }

  public void setTitle(String title) {
    this.title = title;
  }

  public String getAgenda() {
    return agenda;
  }

  public void setAgenda(String agenda) {
    this.agenda = agenda;
  }

  public Long getRoomId() {
    return roomId;
  }

  public void setRoomId(Long roomId) {
    this.roomId = roomId;
  }

  public LocalDate getDate() {
    return date;
  }

  public void setDate(LocalDate date) {
    this.date = date;
  }

  public String getStart() {
    return start;
  }

  public void setStart(String start) {
    this.start = start;
  }

  public String getEnd() {
    return end;
  }

  public void setEnd(String end) {
    this.end = end;
  }

  public Integer getAttendees() {
    return attendees;
  }

  public void setAttendees(Integer attendees) {
    this.attendees = attendees;
  }

  public String getChairperson() {
    return chairperson;
  }

  public void setChairperson(String chairperson) {
    this.chairperson = chairperson;
  }

  public String getFarEndSites() {
    return farEndSites;
  }

  public void setFarEndSites(String farEndSites) {
    this.farEndSites = farEndSites;
  }

  public Platform getPlatform() {
    return platform;
  }

  public void setPlatform(Platform platform) {
    this.platform = platform;
  }

  public String getMeetingLink() {
    return meetingLink;
  }

  public void setMeetingLink(String meetingLink) {
    this.meetingLink = meetingLink;
  }

  public boolean isBroadcast() {
    return broadcast;
  }

  public void setBroadcast(boolean broadcast) {
    this.broadcast = broadcast;
  }

  public String getBroadcastWhere() {
    return broadcastWhere;
  }

  public void setBroadcastWhere(String broadcastWhere) {
    this.broadcastWhere = broadcastWhere;
  }

  public String getEquipmentWanted() {
    return equipmentWanted;
  }

  public void setEquipmentWanted(String equipmentWanted) {
    this.equipmentWanted = equipmentWanted;
  }

  public List<Long> getItemIds() {
    return itemIds;
  }

  public void setItemIds(List<Long> itemIds) {
    this.itemIds = itemIds == null ? new ArrayList<>() : new ArrayList<>(itemIds);
  }

  public String getContactPhone() {
    return contactPhone;
  }

  public void setContactPhone(String contactPhone) {
    this.contactPhone = contactPhone;
  }

  public String getOffHoursReason() {
    return offHoursReason;
  }

  public void setOffHoursReason(String offHoursReason) {
    this.offHoursReason = offHoursReason;
  }

  public RepeatRule getRepeat() {
    return repeat;
  }

  public void setRepeat(RepeatRule repeat) {
    this.repeat = repeat;
  }

  public LocalDate getUntil() {
    return until;
  }

  public void setUntil(LocalDate until) {
    this.until = until;
  }

  public UploadedFiles getFiles() {
    return files;
  }

  public void setFiles(UploadedFiles files) {
    this.files = files;
  }
}
