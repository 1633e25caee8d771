package th.go.sesaoret.servicedesk.conference.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.MapsId;
import jakarta.persistence.OneToOne;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import th.go.sesaoret.servicedesk.request.domain.ServiceRequest;
import th.go.sesaoret.servicedesk.shared.BusinessException;
import th.go.sesaoret.servicedesk.sla.domain.BusinessCalendar;

/**
 * A video-conference request's own part (service 2): the meeting booked in a room, with the items
 * it needs, from {@link #occupiedFrom()} (set-up) to {@link #occupiedUntil()} (post-check), its far
 * end and broadcast, its operator and the operator's {@link Checklist}. A move keeps the booking
 * (and its calendar UID) and raises its {@link #sequence()}; a cancelled booking keeps its record
 * and frees what it occupied.
 */
@Entity
@Table(name = "conference_booking")
public class Booking {
  /** How long before set-up the second reminder goes. */
  public static final java.time.Duration REMIND_BEFORE_SETUP = java.time.Duration.ofHours(1);

  @Id
  @Column(name = "request_id")
  private Long id;

  @MapsId
  @OneToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "request_id")
  private ServiceRequest request;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "room_id", nullable = false)
  private Room room;

  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "series_id")
  private BookingSeries series;

  @ManyToMany
  @JoinTable(
      name = "conference_booking_item",
      joinColumns = @JoinColumn(name = "request_id"),
      inverseJoinColumns = @JoinColumn(name = "item_id"))
  @OrderBy("id")
  private Set<ConferenceItem> items = new LinkedHashSet<>();

  @Column(name = "meeting_start", nullable = false)
  private Instant meetingStart;

  @Column(name = "meeting_end", nullable = false)
  private Instant meetingEnd;

  @Column(name = "occupied_from", nullable = false)
  private Instant occupiedFrom;

  @Column(name = "occupied_until", nullable = false)
  private Instant occupiedUntil;

  @Column(nullable = false)
  private int attendees;

  @Column(nullable = false, length = BookingForm.CHAIR_MAX)
  private String chairperson;

  @Column(name = "far_end_sites", length = BookingForm.SITES_MAX)
  private String farEndSites;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 20)
  private Platform platform;

  @Column(name = "meeting_link", length = BookingForm.LINK_MAX)
  private String meetingLink;

  @Column(nullable = false)
  private boolean broadcast;

  @Column(name = "broadcast_where", length = BookingForm.BROADCAST_MAX)
  private String broadcastWhere;

  @Column(name = "equipment_wanted", length = BookingForm.EQUIPMENT_MAX)
  private String equipmentWanted;

  @Column(name = "contact_phone", nullable = false, length = BookingForm.PHONE_MAX)
  private String contactPhone;

  @Column(name = "off_hours_reason", length = BookingForm.REASON_MAX)
  private String offHoursReason;

  @Column(length = 60)
  private String operator;

  @Column(name = "operator_set_at")
  private Instant operatorSetAt;

  @Column(name = "cancelled_at")
  private Instant cancelledAt;

  @Column(name = "sequence_no", nullable = false)
  private int sequence;

  @Column(name = "reminded_day_at")
  private Instant remindedDayAt;

  @Column(name = "reminded_hour_at")
  private Instant remindedHourAt;

  @Column(name = "escalated_at")
  private Instant escalatedAt;

  @Embedded private Checklist checklist = new Checklist();

  @Embedded private Proposal proposal;

  @Version
  @Column(name = "opt_lock", nullable = false)
  private long optLock;

  protected Booking() {}

  /**
   * The booking part of a freshly filed request: {@code room} and {@code items} are locked and free
   * (the caller checked), the form valid; a meeting outside office hours carries a reason.
   */
  public static Booking of(
      ServiceRequest request,
      Room room,
      List<ConferenceItem> items,
      BookingForm form,
      boolean outsideOfficeHours,
      BookingSeries series) {
    Booking b = new Booking();
    b.request = request;
    b.series = series;
    b.describe(form, outsideOfficeHours);
    b.place(room, items, form.time());
    return b;
  }

  private void describe(BookingForm form, boolean outsideOfficeHours) {
    if (outsideOfficeHours && form.offHoursReason() == null) {
      throw new BusinessException("conference.offHoursReason.required");
    }
    attendees = form.attendees();
    chairperson = form.chairperson();
    farEndSites = form.farEndSites();
    platform = form.platform();
    meetingLink = form.meetingLink();
    broadcast = form.broadcast();
    broadcastWhere = form.broadcastWhere();
    equipmentWanted = form.equipmentWanted();
    contactPhone = form.contactPhone();
    offHoursReason = outsideOfficeHours ? form.offHoursReason() : null;
  }

  private void place(Room where, List<ConferenceItem> what, MeetingTime time) {
    if (!where.active()) {
      throw new BusinessException("conference.room.unknown");
    }
    where.checkSeats(attendees);
    room = where;
    items.clear();
    items.addAll(what);
    meetingStart = time.meetingStart();
    meetingEnd = time.meetingEnd();
    occupiedFrom = time.occupiedFrom();
    occupiedUntil = time.occupiedUntil();
  }

  /**
   * Moves the meeting to another time or room (checked free by the caller); its calendar entry
   * keeps its UID and raises its sequence. A meeting already under way cannot move.
   */
  public void moveTo(
      Room where,
      List<ConferenceItem> what,
      MeetingTime time,
      boolean outsideOfficeHours,
      String reason,
      Instant now) {
    requireOpen();
    if (!now.isBefore(occupiedFrom)) {
      throw new BusinessException("conference.move.underWay");
    }
    if (outsideOfficeHours && reason == null && offHoursReason == null) {
      throw new BusinessException("conference.offHoursReason.required");
    }
    if (outsideOfficeHours && reason != null) {
      offHoursReason = reason;
    }
    place(where, what, time);
    proposal = null;
    remindedDayAt = null;
    remindedHourAt = null;
    escalatedAt = null;
    sequence++;
  }

  /** Cancelled (withdrawn or ended): frees what it occupied; the calendar shows it cancelled. */
  public void cancel(Instant now) {
    if (cancelledAt == null) {
      cancelledAt = now;
      sequence++;
    }
  }

  /** The operator who sets up, runs and checks the meeting (occupied for the same window). */
  public void operatedBy(String username, Instant now) {
    requireOpen();
    if (username == null || username.isBlank()) {
      throw new BusinessException("conference.operator.required");
    }
    operator = username;
    operatorSetAt = now;
    sequence++;
  }

  public void propose(Proposal other) {
    requireOpen();
    proposal = other;
  }

  public void withdrawProposal() {
    proposal = null;
  }

  public void remindedDayBefore(Instant now) {
    remindedDayAt = now;
  }

  public void remindedHourBefore(Instant now) {
    remindedHourAt = now;
  }

  public void escalated(Instant now) {
    escalatedAt = now;
  }

  private void requireOpen() {
    if (cancelledAt != null) {
      throw new BusinessException("conference.booking.cancelled");
    }
  }

  /** The operator's set-up and test (the checklist's rules, with what this meeting needs). */
  public void setUp(
      Boolean camera, Boolean sound, Boolean farEnd, Boolean broadcastTest, String note) {
    requireOpen();
    checklist().setUp(camera, sound, farEnd, broadcastTest, note, hasFarEnd(), broadcast);
  }

  /** The run as it happened: its actual times, the broadcast link when broadcast, problems. */
  public void ran(Instant actualStart, Instant actualEnd, String broadcastLink, String problems) {
    requireOpen();
    checklist().ran(actualStart, actualEnd, broadcastLink, problems, broadcast);
  }

  /** The post-check after the meeting: equipment back, signal, problems. */
  public void checkedAfter(Boolean equipmentBack, Boolean signalOk, String problems) {
    requireOpen();
    checklist().checkedAfter(equipmentBack, signalOk, problems);
  }

  /** True when the meeting links to a far end (a platform, or far-end sites named). */
  public boolean hasFarEnd() {
    return (platform != null && platform != Platform.NONE)
        || (farEndSites != null && !farEndSites.isBlank());
  }

  /** True when {@code username} is this meeting's operator. */
  public boolean isOperator(String username) {
    return operator != null && operator.equals(username);
  }

  /** The item of this booking with id {@code itemId}; refused as unknown otherwise. */
  public ConferenceItem item(long itemId) {
    return items.stream()
        .filter(i -> i.id() == itemId)
        .findFirst()
        .orElseThrow(() -> new BusinessException("conference.item.unknown"));
  }

  /**
   * The reminder of the working day before is due at {@code now}: from {@code dayBefore} (the
   * opening of the working day before the meeting) until the meeting starts, once.
   */
  public boolean dayReminderDue(Instant now, Instant dayBefore) {
    return cancelledAt == null
        && remindedDayAt == null
        && !now.isBefore(dayBefore)
        && now.isBefore(meetingStart);
  }

  /** The reminder one hour before set-up is due at {@code now}, once. */
  public boolean hourReminderDue(Instant now) {
    return cancelledAt == null
        && remindedHourAt == null
        && !now.isBefore(occupiedFrom.minus(REMIND_BEFORE_SETUP))
        && now.isBefore(occupiedFrom);
  }

  /**
   * The opening of the working day before the meeting's day (the day reminder and the escalation):
   * weekends and holidays skipped, looking back at most a month.
   */
  public Instant dayBefore(BusinessCalendar calendar) {
    ZoneId zone = calendar.officeHours().zone();
    java.time.LocalDate day = meetingStart.atZone(zone).toLocalDate().minusDays(1);
    for (int i = 0; i < 31 && !calendar.isWorkingDay(day); i++) {
      day = day.minusDays(1);
    }
    return day.atTime(calendar.officeHours().opening()).atZone(zone).toInstant();
  }

  /** No operator by the working day before: escalated to the ICT group director, once. */
  public boolean escalationDue(Instant now, Instant dayBefore) {
    return cancelledAt == null
        && operator == null
        && escalatedAt == null
        && !now.isBefore(dayBefore)
        && now.isBefore(meetingStart);
  }

  /** The resources this booking occupies: its room, its items, its operator when it has one. */
  public List<String> resources() {
    List<String> r = new ArrayList<>();
    r.add(Occupancy.room(room.id()));
    items.forEach(i -> r.add(Occupancy.item(i.id())));
    if (operator != null) {
      r.add(Occupancy.operator(operator));
    }
    return r;
  }

  /** The flag of its length against the manual's 3-6 hours. */
  public LengthFlag lengthFlag() {
    return LengthFlag.of(java.time.Duration.between(meetingStart, meetingEnd));
  }

  /** Its time as the form has it, in {@code zone}. */
  public MeetingTime time(ZoneId zone) {
    var start = meetingStart.atZone(zone);
    return new MeetingTime(
        start.toLocalDate(), start.toLocalTime(), meetingEnd.atZone(zone).toLocalTime(), zone);
  }

  public Long id() {
    return id;
  }

  public ServiceRequest request() {
    return request;
  }

  public Room room() {
    return room;
  }

  public BookingSeries series() {
    return series;
  }

  public Set<ConferenceItem> items() {
    return items;
  }

  public Instant meetingStart() {
    return meetingStart;
  }

  public Instant meetingEnd() {
    return meetingEnd;
  }

  public Instant occupiedFrom() {
    return occupiedFrom;
  }

  public Instant occupiedUntil() {
    return occupiedUntil;
  }

  public int attendees() {
    return attendees;
  }

  public String chairperson() {
    return chairperson;
  }

  public String farEndSites() {
    return farEndSites;
  }

  public Platform platform() {
    return platform;
  }

  public String meetingLink() {
    return meetingLink;
  }

  public boolean broadcast() {
    return broadcast;
  }

  public String broadcastWhere() {
    return broadcastWhere;
  }

  public String equipmentWanted() {
    return equipmentWanted;
  }

  public String contactPhone() {
    return contactPhone;
  }

  public String offHoursReason() {
    return offHoursReason;
  }

  public String operator() {
    return operator;
  }

  public Instant cancelledAt() {
    return cancelledAt;
  }

  public int sequence() {
    return sequence;
  }

  public Instant remindedDayAt() {
    return remindedDayAt;
  }

  public Instant remindedHourAt() {
    return remindedHourAt;
  }

  public Instant escalatedAt() {
    return escalatedAt;
  }

  public Checklist checklist() {
    if (checklist == null) {
      checklist = new Checklist();
    }
    return checklist;
  }

  public Proposal proposal() {
    return proposal != null && proposal.isOpen() ? proposal : null;
  }
}
