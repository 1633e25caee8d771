package th.go.sesaoret.servicedesk.request.application;

import java.io.Serializable;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import th.go.sesaoret.servicedesk.catalog.domain.ServiceCode;
import th.go.sesaoret.servicedesk.request.domain.RequestStatus;
import th.go.sesaoret.servicedesk.request.domain.StepAction;

/**
 * A request's page: content, status, the timeline of every step, attachments and signatures, the
 * people by name, and what the caller may do now: {@code may} holds the engine's actions the caller
 * may take (by the rules the actions enforce), {@code ownPanel} says the service acts on the
 * current step with a panel of its own ({@link ServicePlugin#ownPanel}), which then holds the
 * step's engine actions too.
 */
public record RequestDetail(
    Long id,
    String number,
    ServiceCode service,
    String serviceName,
    String title,
    String description,
    RequestStatus status,
    String requester,
    String filedBy,
    Instant submittedAt,
    Instant finishedAt,
    String contentSha256,
    List<TimelineStep> timeline,
    List<AttachmentInfo> attachments,
    List<ApprovalInfo> approvals,
    PersonName requesterName,
    PersonName filedByName,
    Set<StepAction> may,
    boolean ownPanel)
    implements Serializable {

  /** True when the caller may do {@code action} now (the services check again when it is done). */
  public boolean may(StepAction action) {
    return may.contains(action);
  }
}
