package th.go.sesaoret.servicedesk.conference.application;

import java.util.ArrayList;
import java.util.List;
import th.go.sesaoret.servicedesk.conference.domain.Booking;
import th.go.sesaoret.servicedesk.conference.domain.ConferenceNotice;
import th.go.sesaoret.servicedesk.notification.domain.RequestNotice;
import th.go.sesaoret.servicedesk.request.domain.ServiceRequest;
import th.go.sesaoret.servicedesk.security.domain.Role;

/**
 * The notices a booking raises, keyed by the booking's sequence (so a second move is a second
 * notice, a redelivery of the same one is not).
 */
public final class ConferenceEvents {
  private ConferenceEvents() {}

  /** To one person about booking {@code b} at its current sequence. */
  public static RequestNotice to(ConferenceNotice kind, Booking b, String user) {
    ServiceRequest r = b.request();
    int step = r.currentStep().map(s -> s.order()).orElse(0);
    String key = String.join(":", kind.name(), "" + r.id(), "" + b.sequence(), user);
    return new RequestNotice(key, kind, r.id(), r.number(), step, b.sequence(), user, null);
  }

  /** The meeting moved or was cancelled: its operator hears of it. */
  public static List<RequestNotice> changed(Booking b) {
    List<RequestNotice> out = new ArrayList<>();
    if (b.operator() != null) {
      out.add(to(ConferenceNotice.CONFERENCE_CHANGED, b, b.operator()));
    }
    return out;
  }

  /**
   * Staff propose another time or room: the requester hears of it (keyed by the proposal's moment,
   * so a second proposal is a second notice).
   */
  public static RequestNotice proposed(Booking b) {
    ServiceRequest r = b.request();
    String user = r.requester();
    ConferenceNotice kind = ConferenceNotice.CONFERENCE_PROPOSED;
    String key =
        String.join(
            ":",
            kind.name(),
            "" + r.id(),
            "" + b.sequence(),
            "" + b.proposal().proposedAt().toEpochMilli(),
            user);
    int step = r.currentStep().map(s -> s.order()).orElse(0);
    return new RequestNotice(key, kind, r.id(), r.number(), step, b.sequence(), user, null);
  }

  /** To everyone holding {@code role} about booking {@code b} at its current sequence. */
  public static RequestNotice toRole(ConferenceNotice kind, Booking b, Role role) {
    ServiceRequest r = b.request();
    int step = r.currentStep().map(s -> s.order()).orElse(0);
    String key = String.join(":", kind.name(), "" + r.id(), "" + b.sequence(), role.name());
    return new RequestNotice(key, kind, r.id(), r.number(), step, b.sequence(), null, role);
  }

  /** The meeting is booked: its requester hears of it. */
  public static RequestNotice booked(Booking b) {
    return to(ConferenceNotice.CONFERENCE_BOOKED, b, b.request().requester());
  }
}
