package th.go.sesaoret.servicedesk.request.application;

import java.io.Serializable;
import java.time.Instant;
import java.util.List;
import th.go.sesaoret.servicedesk.catalog.domain.ServiceCode;
import th.go.sesaoret.servicedesk.request.domain.RequestStatus;

/** A request's page: content, status, the timeline of every step, attachments and signatures. */
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
    List<ApprovalInfo> approvals)
    implements Serializable {}
