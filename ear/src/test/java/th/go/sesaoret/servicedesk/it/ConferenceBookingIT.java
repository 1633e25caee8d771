package th.go.sesaoret.servicedesk.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import javax.sql.DataSource;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import th.go.sesaoret.servicedesk.conference.application.ConferenceBookings;
import th.go.sesaoret.servicedesk.conference.application.ConferenceCalendar;
import th.go.sesaoret.servicedesk.conference.application.RoomView;
import th.go.sesaoret.servicedesk.conference.application.SeriesReport;
import th.go.sesaoret.servicedesk.conference.domain.BookingForm;
import th.go.sesaoret.servicedesk.conference.domain.BookingScope;
import th.go.sesaoret.servicedesk.conference.domain.MeetingTime;
import th.go.sesaoret.servicedesk.conference.domain.Platform;
import th.go.sesaoret.servicedesk.conference.domain.RepeatRule;
import th.go.sesaoret.servicedesk.request.application.RequestQueries;
import th.go.sesaoret.servicedesk.request.application.RequestState;
import th.go.sesaoret.servicedesk.request.application.TimelineStep;
import th.go.sesaoret.servicedesk.request.domain.RequestStatus;
import th.go.sesaoret.servicedesk.shared.BusinessException;
import th.go.sesaoret.servicedesk.shared.OfficeTime;
import th.go.sesaoret.servicedesk.sla.application.WorkingCalendar;

/**
 * Booking a conference room through the engine: what a booking occupies (its set-up and post-check
 * included), the refusals a person sees, the nearest free times, a repeating booking's per-date
 * report, and the race: of twenty people booking one slot at the same moment exactly one wins.
 */
@ExtendWith(ArquillianExtension.class)
class ConferenceBookingIT {
  private static final String IP = "192.0.2.61";

  @Deployment
  static EnterpriseArchive deployment() {
    return Deployments.withTestClasses(ConferenceBookingIT.class);
  }

  @Inject ConferenceBookings bookings;
  @Inject ConferenceCalendar calendar;
  @Inject RequestQueries queries;
  @Inject WorkingCalendar workingCalendar;
  @Inject AsRequester requester;
  @Inject AsOtherRequester other;
  @Inject AsClerk clerk;

  @PersistenceContext(unitName = "servicedesk")
  EntityManager em;

  @Resource(lookup = "java:jboss/datasources/ServiceDeskDS")
  DataSource dataSource;

  @Test
  void aBookingHoldsItsRoomFromSetUpToPostCheckAndAnOverlapIsRefusedWithFreeTimes()
      throws Exception {
    LocalDate day = workingDay(40);
    RoomView room = room(60);
    RequestState first =
        requester.call(() -> bookings.book(form(room, day, "10:00", "12:00", 40), List.of(), IP));
    assertEquals(RequestStatus.OPEN, first.status());
    assertEquals(2, (int) first.currentStep(), "filing the booking completes step 1");
    MeetingTime ten = time(day, "10:00", "12:00");
    assertEquals(ten.meetingStart(), step(first.id(), 2).dueAt(), "set-up due at the start");

    // 12:00-13:00 would set up at 11:30, inside the first one's window (until its post-check 12:30)
    BusinessException taken =
        assertThrows(
            BusinessException.class,
            () ->
                other.call(
                    () -> bookings.book(form(room, day, "12:00", "13:00", 10), List.of(), IP)));
    assertEquals("conference.conflict.ROOM_TAKEN", taken.key());
    assertEquals(List.of(room.name(), "09:30", "12:30"), List.of(taken.args()));
    var schedule = calendar.day(room.id(), day, time(day, "12:00", "13:00"), null);
    assertEquals(time(day, "13:00", "14:00"), schedule.nearest().get(0), "the nearest free hour");

    // where its post-check ends, the next may set up
    RequestState second =
        other.call(() -> bookings.book(form(room, day, "13:00", "14:00", 10), List.of(), IP));
    assertEquals(RequestStatus.OPEN, second.status());

    // bad input, each refused with its own words and nothing booked
    RoomView small = room(16);
    assertEquals(
        "conference.attendees.overCapacity",
        refusal(
            () -> bookings.book(form(small, workingDay(42), "09:00", "12:00", 17), List.of(), IP)));
    assertEquals(
        "conference.time.past",
        refusal(
            () ->
                bookings.book(
                    form(room, LocalDate.now(OfficeTime.ZONE).minusDays(1), "09:00", "12:00", 5),
                    List.of(),
                    IP)));
    assertEquals(
        "conference.room.unknown",
        refusal(
            () ->
                bookings.book(
                    form(room, day, "15:00", "16:00", 5).at(987_654L, time(day, "15:00", "16:00")),
                    List.of(),
                    IP)));

    // cancelled, the slot is free again
    requester.call(() -> bookings.cancel(first.id(), BookingScope.ONE, "เปลี่ยนแผน", IP));
    assertEquals(0L, occupancies(first.id()), "a cancelled booking occupies nothing");
    RequestState again =
        other.call(() -> bookings.book(form(room, day, "10:00", "11:30", 10), List.of(), IP));
    assertEquals(RequestStatus.OPEN, again.status());
  }

  @Test
  void twentyPeopleBookingOneSlotAtTheSameMomentExactlyOneWins() throws Exception {
    LocalDate day = workingDay(100);
    RoomView room = room(16);
    int people = 20;
    ExecutorService pool = Executors.newFixedThreadPool(people);
    CountDownLatch start = new CountDownLatch(1);
    List<Future<String>> results = new ArrayList<>();
    try {
      for (int i = 0; i < people; i++) {
        int n = i;
        Callable<String> attempt =
            () -> {
              start.await();
              try {
                Callable<RequestState> book =
                    () ->
                        bookings.book(form(room, day, "09:00", "12:00", 5 + n % 10), List.of(), IP);
                RequestState s = n % 2 == 0 ? requester.call(book) : other.call(book);
                return "booked " + s.id();
              } catch (BusinessException e) {
                return e.key();
              }
            };
        results.add(pool.submit(attempt));
      }
      start.countDown();
      List<String> outcomes = new ArrayList<>();
      for (Future<String> f : results) {
        outcomes.add(f.get());
      }
      assertEquals(
          1, outcomes.stream().filter(o -> o.startsWith("booked")).count(), outcomes.toString());
      assertTrue(
          outcomes.stream()
              .filter(o -> !o.startsWith("booked"))
              .allMatch(o -> o.equals("conference.conflict.ROOM_TAKEN")),
          "every other one is told the room is taken: " + outcomes);
      MeetingTime t = time(day, "09:00", "12:00");
      assertEquals(
          1L,
          ((Number)
                  em.createNativeQuery(
                          "select count(*) from conference_occupancy where resource = ?1"
                              + " and starts_at < ?3 and ends_at > ?2")
                      .setParameter(1, "room:" + room.id())
                      .setParameter(2, t.occupiedFrom())
                      .setParameter(3, t.occupiedUntil())
                      .getSingleResult())
              .longValue());
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void aWeeklySeriesBooksItsFreeDatesListsTheOthersAndCancelsTheFollowing() throws Exception {
    LocalDate first = workingDay(160);
    RoomView room = room(60);
    // someone holds the second week already
    other.call(
        () -> bookings.book(form(room, first.plusWeeks(1), "14:00", "15:00", 5), List.of(), IP));
    // a reason for any of its dates that falls on a holiday
    BookingForm weekly = form(room, first, "13:00", "16:00", 20, "ประชุมต่อเนื่องตามแผนงาน");
    SeriesReport preview =
        requester.call(() -> bookings.checkSeries(weekly, RepeatRule.WEEKLY, first.plusWeeks(3)));
    assertEquals(
        List.of(true, false, true, true), preview.dates().stream().map(d -> d.free()).toList());

    SeriesReport booked =
        requester.call(
            () ->
                bookings.bookSeries(
                    null, weekly, RepeatRule.WEEKLY, first.plusWeeks(3), List.of(), IP));
    assertEquals(3, booked.booked());
    SeriesReport.Occurrence refused = booked.dates().get(1);
    assertEquals(first.plusWeeks(1), refused.day());
    assertEquals("conference.conflict.ROOM_TAKEN", refused.reasonKey());
    assertEquals(List.of(room.name(), "13:30", "15:30"), refused.args());

    // cancel the third date and all that follow
    long third = booked.dates().get(2).requestId();
    List<RequestState> cancelled =
        requester.call(() -> bookings.cancel(third, BookingScope.FOLLOWING, "งดประชุม", IP));
    assertEquals(2, cancelled.size());
    assertTrue(cancelled.stream().allMatch(s -> s.status() == RequestStatus.CANCELLED));
    assertEquals(RequestStatus.OPEN, status(booked.dates().get(0).requestId()));

    // someone else's booking cannot be cancelled, and reads like an unknown one
    assertEquals(
        "conference.booking.notFound",
        assertThrows(
                BusinessException.class,
                () ->
                    other.call(
                        () ->
                            bookings.cancel(
                                booked.dates().get(0).requestId(), BookingScope.ONE, "x", IP)))
            .key());
    assertFalse(
        calendar
            .entries(
                time(first, "13:00", "16:00").occupiedFrom(),
                time(first.plusWeeks(3), "13:00", "16:00").occupiedUntil(),
                new ConferenceCalendar.Filter(room.id(), null, false))
            .stream()
            .anyMatch(e -> e.requestId() == third),
        "a cancelled booking leaves the calendar");
  }

  @Test
  void onPostgresqlTheDatabaseItselfRefusesAnOverlapWrittenPastTheLock() throws Exception {
    LocalDate day = workingDay(240);
    RoomView room = room(16);
    RequestState booked =
        requester.call(() -> bookings.book(form(room, day, "09:00", "12:00", 5), List.of(), IP));
    RequestState elsewhere =
        other.call(() -> bookings.book(form(room(60), day, "11:00", "13:00", 5), List.of(), IP));
    MeetingTime overlapping = time(day, "11:00", "13:00");
    try (Connection c = dataSource.getConnection()) {
      boolean postgresql = c.getMetaData().getDatabaseProductName().startsWith("PostgreSQL");
      if (!postgresql) {
        return; // H2 has no exclusion constraints: there the lock is the only wall (CI runs both)
      }
      try (PreparedStatement insert =
          c.prepareStatement(
              "insert into conference_occupancy (request_id, resource, starts_at, ends_at)"
                  + " values (?, ?, ?, ?)")) {
        // the other meeting's row, written for this room as a code path without the lock would
        insert.setLong(1, elsewhere.id());
        insert.setString(2, "room:" + room.id() + "");
        insert.setObject(3, overlapping.occupiedFrom().atOffset(java.time.ZoneOffset.UTC));
        insert.setObject(4, overlapping.occupiedUntil().atOffset(java.time.ZoneOffset.UTC));
        SQLException refused = assertThrows(SQLException.class, insert::executeUpdate);
        assertTrue(refused.getMessage().contains("ex_occupancy_overlap"), refused.getMessage());
      }
    }
  }

  private String refusal(Callable<RequestState> work) {
    return assertThrows(BusinessException.class, () -> requester.call(work)).key();
  }

  private long occupancies(long requestId) {
    return ((Number)
            em.createNativeQuery("select count(*) from conference_occupancy where request_id = ?1")
                .setParameter(1, requestId)
                .getSingleResult())
        .longValue();
  }

  private RequestStatus status(long id) throws Exception {
    return requester.call(() -> queries.request(id, Locale.forLanguageTag("th"), IP)).status();
  }

  private TimelineStep step(long id, int order) throws Exception {
    return requester
        .call(() -> queries.request(id, Locale.forLanguageTag("th"), IP))
        .timeline()
        .get(order - 1);
  }

  private RoomView room(int capacity) {
    return calendar.rooms().stream()
        .filter(r -> r.capacity() == capacity)
        .findFirst()
        .orElseThrow();
  }

  /** Weeks this run's dates are shifted by, so that a rerun on the same database misses them. */
  private static final long RUN_WEEKS = System.nanoTime() % 8;

  /** A working day about {@code days} ahead (each test its own two months). */
  private LocalDate workingDay(int days) {
    LocalDate day = LocalDate.now(OfficeTime.ZONE).plusDays(days + 7L * RUN_WEEKS);
    while (!workingCalendar.calendar().isWorkingDay(day)) {
      day = day.plusDays(1);
    }
    return day;
  }

  private static MeetingTime time(LocalDate day, String start, String end) {
    return new MeetingTime(day, LocalTime.parse(start), LocalTime.parse(end), OfficeTime.ZONE);
  }

  private static BookingForm form(
      RoomView room, LocalDate day, String start, String end, int attendees) {
    return form(room, day, start, end, attendees, null);
  }

  private static BookingForm form(
      RoomView room, LocalDate day, String start, String end, int attendees, String reason) {
    return new BookingForm(
        "ประชุมทางไกลผู้บริหารสถานศึกษา",
        "วาระที่ 1 เรื่องแจ้งเพื่อทราบ",
        room.id(),
        time(day, start, end),
        attendees,
        "ผู้อำนวยการสำนักงานเขตพื้นที่การศึกษามัธยมศึกษาร้อยเอ็ด",
        "โรงเรียนในสังกัด 30 แห่ง",
        Platform.ZOOM,
        "https://zoom.us/j/1234567890",
        false,
        null,
        null,
        Set.of(),
        "043-511-000",
        reason);
  }
}
