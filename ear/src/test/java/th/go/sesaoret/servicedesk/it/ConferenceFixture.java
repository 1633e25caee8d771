package th.go.sesaoret.servicedesk.it;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import th.go.sesaoret.servicedesk.conference.application.ConferenceBookings;
import th.go.sesaoret.servicedesk.conference.application.ConferenceCalendar;
import th.go.sesaoret.servicedesk.conference.application.ConferenceOperators;
import th.go.sesaoret.servicedesk.conference.application.ItemView;
import th.go.sesaoret.servicedesk.conference.application.RoomView;
import th.go.sesaoret.servicedesk.conference.domain.BookingForm;
import th.go.sesaoret.servicedesk.conference.domain.MeetingTime;
import th.go.sesaoret.servicedesk.conference.domain.Platform;
import th.go.sesaoret.servicedesk.sla.application.WorkingCalendar;
import th.go.sesaoret.servicedesk.sla.domain.BusinessCalendar;

/** Page tests only: a meeting booked by the demo requester, with the demo staff as its operator. */
@Stateless
@PermitAll
public class ConferenceFixture {
  @EJB private ConferenceBookings bookings;
  @EJB private ConferenceOperators operators;
  @EJB private ConferenceCalendar calendar;
  @EJB private WorkingCalendar working;
  @EJB private AsRequester requester;
  @EJB private AsStaff staff;

  /**
   * Books the largest room with its kit, {@code days} working days or more ahead; returns its id.
   */
  public long bookedAndTaken(int days) throws Exception {
    BusinessCalendar cal = working.calendar();
    ZoneId zone = cal.officeHours().zone();
    LocalDate day = LocalDate.now(zone).plusDays(days);
    while (!cal.isWorkingDay(day)) {
      day = day.plusDays(1);
    }
    RoomView room =
        calendar.rooms().stream()
            .max(java.util.Comparator.comparingInt(RoomView::capacity))
            .orElseThrow();
    List<Long> kit =
        calendar.items().stream()
            .filter(i -> i.roomId() != null && i.roomId() == room.id())
            .map(ItemView::id)
            .toList();
    BookingForm form =
        new BookingForm(
            "ประชุมชี้แจงแนวทางการวัดและประเมินผล",
            "วาระที่ 1 แนวทางการวัดและประเมินผล ปีการศึกษา 2569",
            room.id(),
            new MeetingTime(day, LocalTime.of(9, 0), LocalTime.of(12, 0), zone),
            30,
            "รองผู้อำนวยการสำนักงานเขตพื้นที่การศึกษา",
            "โรงเรียนในสังกัด 45 แห่ง",
            Platform.ZOOM,
            "https://zoom.us/j/5559876543",
            true,
            "เพจ Facebook ของสำนักงาน",
            null,
            Set.copyOf(kit),
            "0812345678",
            null);
    long id = requester.call(() -> bookings.book(form, List.of(), "192.0.2.62")).id();
    staff.call(() -> operators.take(id, "192.0.2.62"));
    return id;
  }
}
