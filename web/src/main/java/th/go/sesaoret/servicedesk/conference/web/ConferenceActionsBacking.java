package th.go.sesaoret.servicedesk.conference.web;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import th.go.sesaoret.servicedesk.conference.application.ConferenceActionsView;
import th.go.sesaoret.servicedesk.conference.application.ConferenceBookings;
import th.go.sesaoret.servicedesk.conference.application.ConferenceCalendar;
import th.go.sesaoret.servicedesk.conference.application.ConferenceDesk;
import th.go.sesaoret.servicedesk.conference.application.ConferenceOperators;
import th.go.sesaoret.servicedesk.conference.application.ConferenceProposals;
import th.go.sesaoret.servicedesk.conference.application.RoomView;
import th.go.sesaoret.servicedesk.conference.application.StaffChoice;
import th.go.sesaoret.servicedesk.conference.domain.MeetingTime;
import th.go.sesaoret.servicedesk.conference.domain.Proposal;
import th.go.sesaoret.servicedesk.request.application.RequestState;
import th.go.sesaoret.servicedesk.request.web.RequestViewBacking;
import th.go.sesaoret.servicedesk.shared.BusinessException;
import th.go.sesaoret.servicedesk.shared.web.Callers;
import th.go.sesaoret.servicedesk.shared.web.Messages;

/**
 * The video conference's actions on its request page (WEB-INF/includes/conference-actions.xhtml):
 * take the meeting (staff), give it to a staff member (group director), propose another time or
 * room (staff, group director), accept the proposal (requester), and the way to the checklist. One
 * service call each; afterwards the page shows the request as it is now.
 */
@Named
@ViewScoped
public class ConferenceActionsBacking implements Serializable {
  private static final long serialVersionUID = 1L;
  private static final ZoneId ZONE = ZoneId.of("Asia/Bangkok");

  /** One call on a conference service. */
  private interface Call {
    RequestState run(long requestId, String ip);
  }

  @EJB private ConferenceDesk desk;
  @EJB private ConferenceOperators operators;
  @EJB private ConferenceProposals proposals;
  @EJB private ConferenceBookings bookings;
  @EJB private ConferenceCalendar calendar;
  @Inject private RequestViewBacking request;

  private ConferenceActionsView actions;
  private boolean loaded;
  private transient List<StaffChoice> staff;
  private transient List<RoomView> rooms;

  private String operator;
  private Long roomId;
  private LocalDate day;
  private LocalTime start;
  private LocalTime end;

  @Size(max = Proposal.REASON_MAX)
  private String reason;

  /** What the reader may do now, loaded once per view and again after each action. */
  public ConferenceActionsView getActions() {
    if (!loaded && request.getDetail() != null) {
      loaded = true;
      actions = desk.actions(request.getDetail().id()).orElse(null);
    }
    return actions;
  }

  public void take() {
    act(operators::take, "conference.web.taken");
  }

  public void assign() {
    act((id, ip) -> operators.assign(id, operator, ip), "conference.web.assigned");
  }

  public void propose() {
    act(
        (id, ip) -> {
          if (roomId == null) {
            throw new BusinessException("conference.room.unknown");
          }
          if (day == null || start == null || end == null) {
            throw new BusinessException("conference.time.dayRequired");
          }
          return proposals.propose(id, roomId, new MeetingTime(day, start, end, ZONE), reason, ip);
        },
        "conference.web.proposed");
  }

  public void accept() {
    act(bookings::acceptProposal, "conference.web.accepted");
  }

  private void act(Call call, String doneKey) {
    try {
      if (getActions() == null) {
        throw new BusinessException("request.notVisible");
      }
      RequestState state = call.run(actions.requestId(), Callers.ip());
      Messages.infoAt(RequestViewBacking.ACTION_MESSAGES, doneKey, state.number());
      operator = null;
      reason = null;
    } catch (BusinessException e) {
      Messages.errorAt(RequestViewBacking.ACTION_MESSAGES, e);
    } finally {
      loaded = false;
      actions = null;
      request.load();
    }
  }

  /** The DLICT staff by name and position, for the group director's choice. */
  public List<StaffChoice> getStaff() {
    if (staff == null) {
      ConferenceActionsView a = getActions();
      staff = a != null && a.mayAssign() ? desk.staff() : List.of();
    }
    return staff;
  }

  /** The rooms in use, for a proposal. */
  public List<RoomView> getRooms() {
    if (rooms == null) {
      ConferenceActionsView a = getActions();
      rooms = a != null && a.mayPropose() ? calendar.rooms() : List.of();
    }
    return rooms;
  }

  public int getReasonMax() {
    return Proposal.REASON_MAX;
  }

  public String getOperator() {
    return operator;
  }

  public void setOperator(String operator) {
    this.operator = operator;
  }

  public Long getRoomId() {
    return roomId;
  }

  public void setRoomId(Long roomId) {
    this.roomId = roomId;
  }

  public LocalDate getDay() {
    return day;
  }

  public void setDay(LocalDate day) {
    this.day = day;
  }

  public LocalTime getStart() {
    return start;
  }

  public void setStart(LocalTime start) {
    this.start = start;
  }

  public LocalTime getEnd() {
    return end;
  }

  public void setEnd(LocalTime end) {
    this.end = end;
  }

  public String getReason() {
    return reason;
  }

  public void setReason(String reason) {
    this.reason = reason;
  }
}
