package th.go.sesaoret.servicedesk.it;

import jakarta.ejb.EJB;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Set;
import th.go.sesaoret.servicedesk.conference.application.ConferenceBookings;
import th.go.sesaoret.servicedesk.conference.domain.BookingForm;
import th.go.sesaoret.servicedesk.conference.domain.MeetingTime;
import th.go.sesaoret.servicedesk.conference.domain.Platform;
import th.go.sesaoret.servicedesk.shared.OfficeTime;

/**
 * Test deployments only: the demo requester books room {@code room} for a meeting starting in
 * {@code in} minutes (rounded up to 5) and lasting {@code minutes}, titled {@code title}, with
 * {@code /it/conference-book?room=2&in=10&minutes=120&title=...}; answers the request's id, or the
 * refusal's key.
 */
@WebServlet("/it/conference-book")
public class DoorScreenFixtureServlet extends HttpServlet {
  private static final long serialVersionUID = 1L;

  @EJB private AsRequester requester;
  @EJB private ConferenceBookings bookings;

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    long room = Long.parseLong(request.getParameter("room"));
    int in = Integer.parseInt(request.getParameter("in"));
    int minutes = Integer.parseInt(request.getParameter("minutes"));
    ZonedDateTime start = Instant.now().plusSeconds(in * 60L).atZone(OfficeTime.ZONE);
    int rounded = (start.getMinute() / 5 + 1) * 5;
    start = start.withSecond(0).withNano(0).withMinute(0).plusMinutes(rounded);
    LocalTime from = start.toLocalTime();
    MeetingTime time =
        new MeetingTime(start.toLocalDate(), from, from.plusMinutes(minutes), OfficeTime.ZONE);
    BookingForm form =
        new BookingForm(
            request.getParameter("title"),
            null,
            room,
            time,
            5,
            "ผู้อำนวยการกลุ่มทดสอบ",
            null,
            Platform.NONE,
            null,
            false,
            null,
            null,
            Set.of(),
            "043-000000",
            "ทดสอบจอหน้าห้อง");
    try {
      long id = requester.call(() -> bookings.book(form, List.of(), "127.0.0.1")).id();
      response.getWriter().write(String.valueOf(id));
    } catch (Exception e) {
      response.getWriter().write("refused " + e.getMessage());
    }
  }
}
