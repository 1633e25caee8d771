package th.go.sesaoret.servicedesk.conference.web;

import jakarta.ejb.EJB;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import th.go.sesaoret.servicedesk.conference.application.BookingDetails;
import th.go.sesaoret.servicedesk.conference.application.BookingView;
import th.go.sesaoret.servicedesk.conference.application.ConferenceBookings;
import th.go.sesaoret.servicedesk.conference.application.ConferenceCalendar;
import th.go.sesaoret.servicedesk.conference.application.RoomView;
import th.go.sesaoret.servicedesk.conference.domain.BookingScope;
import th.go.sesaoret.servicedesk.conference.domain.MeetingTime;
import th.go.sesaoret.servicedesk.request.web.RequestViewBacking;
import th.go.sesaoret.servicedesk.shared.BusinessException;
import th.go.sesaoret.servicedesk.shared.web.Callers;
import th.go.sesaoret.servicedesk.shared.web.Messages;
import th.go.sesaoret.servicedesk.sla.application.WorkingCalendar;

/**
 * The booking's panel on its request's page (WEB-INF/includes/conference-panel.xhtml): the booking
 * as {@link BookingDetails#of} gives it, and for the requester its move and cancel (this one, or it
 * and the following of its series).
 */
@Named
@ViewScoped
public class ConferenceBacking implements Serializable {
  private static final long serialVersionUID = 1L;

  @EJB private BookingDetails details;
  @EJB private ConferenceBookings bookings;
  @EJB private ConferenceCalendar calendar;
  @EJB private WorkingCalendar working;
  @Inject private RequestViewBacking request;

  private BookingView booking;
  private boolean loaded;
  private Long moveRoomId;
  private LocalDate moveDate;
  private String moveStart;
  private String moveEnd;
  private String moveReason;
  private String cancelReason;
  private transient List<RoomView> rooms;

  /** The booking, loaded once per view (the page shows the panel only for a video conference). */
  public BookingView getBooking() {
    if (!loaded && request.getDetail() != null) {
      loaded = true;
      try {
        booking = details.of(request.getDetail().id(), Callers.ip());
        moveRoomId = booking.roomId();
        moveDate = booking.day();
        moveStart = MeetingTimes.HM.format(booking.start());
        moveEnd = MeetingTimes.HM.format(booking.end());
      } catch (BusinessException e) {
        booking = null;
      }
    }
    return booking;
  }

  /** Moves this booking (and with {@code following}, the later ones of its series). */
  public String move(boolean following) {
    BookingView b = getBooking();
    if (b == null) {
      return null;
    }
    try {
      if (moveRoomId == null) {
        throw new BusinessException("conference.room.unknown");
      }
      MeetingTime time =
          MeetingTimes.of(moveDate, moveStart, moveEnd, working.calendar().officeHours().zone());
      bookings.move(
          b.requestId(),
          moveRoomId,
          time,
          moveReason,
          following ? BookingScope.FOLLOWING : BookingScope.ONE,
          Callers.ip());
      return done("conference.web.moved", b);
    } catch (BusinessException e) {
      Messages.errorAt("conferenceMove:moveStart", e);
      return null;
    }
  }

  /** Cancels this booking (and with {@code following}, the later ones of its series). */
  public String cancel(boolean following) {
    BookingView b = getBooking();
    if (b == null) {
      return null;
    }
    try {
      bookings.cancel(
          b.requestId(),
          following ? BookingScope.FOLLOWING : BookingScope.ONE,
          cancelReason,
          Callers.ip());
      return done("conference.web.cancelled", b);
    } catch (BusinessException e) {
      Messages.errorAt("conferenceCancel:cancelReason", e);
      return null;
    }
  }

  private String done(String key, BookingView b) {
    Messages.info(key, b.number());
    FacesContext.getCurrentInstance().getExternalContext().getFlash().setKeepMessages(true);
    return "/requests/view?faces-redirect=true&id=" + b.requestId();
  }

  public List<RoomView> getRooms() {
    if (rooms == null) {
      rooms = calendar.rooms();
    }
    return rooms;
  }

  public List<String> getTimes() {
    return MeetingTimes.STEPS;
  }

  public Long getMoveRoomId() {
    return moveRoomId;
  }

  public void setMoveRoomId(Long moveRoomId) {
    this.moveRoomId = moveRoomId;
  }

  public LocalDate getMoveDate() {
    return moveDate;
  }

  public void setMoveDate(LocalDate moveDate) {
    this.moveDate = moveDate;
  }

  public String getMoveStart() {
    return moveStart;
  }

  public void setMoveStart(String moveStart) {
    this.moveStart = moveStart;
  }

  public String getMoveEnd() {
    return moveEnd;
  }

  public void setMoveEnd(String moveEnd) {
    this.moveEnd = moveEnd;
  }

  public String getMoveReason() {
    return moveReason;
  }

  public void setMoveReason(String moveReason) {
    this.moveReason = moveReason;
  }

  public String getCancelReason() {
    return cancelReason;
  }

  public void setCancelReason(String cancelReason) {
    this.cancelReason = cancelReason;
  }
}
