package th.go.sesaoret.servicedesk.conference.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.util.Set;
import th.go.sesaoret.servicedesk.attachment.domain.AttachmentPolicy;
import th.go.sesaoret.servicedesk.catalog.domain.ServiceCode;
import th.go.sesaoret.servicedesk.conference.domain.Booking;
import th.go.sesaoret.servicedesk.conference.domain.ConferenceNotice;
import th.go.sesaoret.servicedesk.conference.domain.ConferenceSteps;
import th.go.sesaoret.servicedesk.notification.domain.RequestNotice;
import th.go.sesaoret.servicedesk.request.application.ServicePlugin;
import th.go.sesaoret.servicedesk.request.domain.RequestStatus;

/**
 * The video-conference service in the request engine: filed on the booking form ({@link
 * ConferenceBookings}), by the requester or for them by the clerk or DLICT staff (a booking by
 * phone), with its agenda as documents; set-up, run and post-check are the operator's checklist. A
 * request that ends other than completed (cancelled, withdrawn) frees its room, items and operator;
 * a held meeting keeps its record on the calendar.
 */
@ApplicationScoped
public class ConferenceService implements ServicePlugin {
  /** The agenda and papers of a meeting: documents, as the general form takes them. */
  public static final AttachmentPolicy AGENDA_POLICY = AttachmentPolicy.DOCUMENTS;

  private static final Set<String> OWN_STEPS =
      Set.of(ConferenceSteps.SETUP, ConferenceSteps.RUN, ConferenceSteps.POSTCHECK);

  @PersistenceContext private EntityManager em;
  @Inject private ConferenceOccupancies occupancies;
  @Inject private Clock clock;
  @Inject private Event<RequestNotice> notices;

  @Override
  public ServiceCode service() {
    return ServiceCode.VIDEO_CONFERENCE;
  }

  @Override
  public boolean ownForm() {
    return true;
  }

  @Override
  public boolean staffMayFileFor() {
    return true;
  }

  @Override
  public AttachmentPolicy attachments() {
    return AGENDA_POLICY;
  }

  @Override
  public boolean ownActions(String stepKey) {
    return OWN_STEPS.contains(stepKey);
  }

  @Override
  public void ended(long requestId, RequestStatus status) {
    if (status == RequestStatus.COMPLETED) {
      return;
    }
    Booking b = em.find(Booking.class, requestId);
    if (b != null) {
      b.cancel(clock.instant());
      occupancies.release(requestId);
      if (b.operator() != null) {
        notices.fire(ConferenceEvents.to(ConferenceNotice.CONFERENCE_CANCELLED, b, b.operator()));
      }
    }
  }
}
