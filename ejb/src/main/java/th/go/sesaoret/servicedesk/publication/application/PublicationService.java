package th.go.sesaoret.servicedesk.publication.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.Set;
import th.go.sesaoret.servicedesk.attachment.domain.AttachmentPolicy;
import th.go.sesaoret.servicedesk.catalog.domain.ServiceCode;
import th.go.sesaoret.servicedesk.publication.domain.PublicationAttachments;
import th.go.sesaoret.servicedesk.publication.domain.PublicationSteps;
import th.go.sesaoret.servicedesk.request.application.ServicePlugin;
import th.go.sesaoret.servicedesk.request.domain.RequestStatus;

/**
 * The website publication in the request engine: filed on its own form ({@link PublicationDrafts})
 * from a saved draft (step 1, "prepare the content", ran from the draft's creation; step 2 is the
 * submission), by the requester or for them by the clerk, with its files checked by {@link
 * PublicationAttachments#POLICY}. Steps 3 and 4 (proposed to the deputy director or the director,
 * the authoriser signs) act through the authoriser's reading view and one signature ({@link
 * PublicationApprovals}): each is an engine approval of the request's content, which includes the
 * post's digest.
 */
@ApplicationScoped
public class PublicationService implements ServicePlugin {
  public static final String PREPARE = PublicationSteps.PREPARE;
  public static final String FORM = PublicationSteps.FORM;
  public static final String PROPOSE = PublicationSteps.PROPOSE;
  public static final String SIGN = PublicationSteps.SIGN;

  /**
   * The steps this service acts on with its own actions: the authoriser's signature (3 and 4), the
   * staff's draft and preview (5), the requester's check (6) and the release (7).
   */
  static final Set<String> OWN_STEPS =
      Set.of(
          PROPOSE, SIGN, PublicationSteps.DRAFT, PublicationSteps.CHECK, PublicationSteps.PUBLISH);

  @Inject private PostReleases releases;
  @Inject private Clock clock;

  @Override
  public ServiceCode service() {
    return ServiceCode.PUBLICATION;
  }

  @Override
  public boolean ownForm() {
    return true;
  }

  @Override
  public AttachmentPolicy attachments() {
    return PublicationAttachments.POLICY;
  }

  @Override
  public boolean ownActions(String stepKey) {
    return OWN_STEPS.contains(stepKey);
  }

  /** A post's request ended (completed, cancelled, rejected): its preview link dies with it. */
  @Override
  public void ended(long requestId, RequestStatus status) {
    releases.requestEnded(requestId, clock.instant());
  }
}
