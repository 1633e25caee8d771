package th.go.sesaoret.servicedesk.request.application;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import th.go.sesaoret.servicedesk.audit.domain.AuditEntry;
import th.go.sesaoret.servicedesk.catalog.domain.StepDefinition;
import th.go.sesaoret.servicedesk.request.domain.Actor;
import th.go.sesaoret.servicedesk.request.domain.Approval;
import th.go.sesaoret.servicedesk.request.domain.Attachment;
import th.go.sesaoret.servicedesk.request.domain.ServiceRequest;
import th.go.sesaoret.servicedesk.request.domain.StepInstance;

/**
 * What a request's page reads, each in one query whatever the request's size: the request itself
 * for those who may see it (the one visibility check of every read, {@code Visibility}), its
 * attachments, steps, signatures and history, and the people they name. Implemented in {@code
 * request.infrastructure}; {@link RequestQueries} authorises, audits and assembles the page.
 */
public interface RequestReads {
  /** The request when {@code viewer} may see it; empty alike when it does not exist. */
  Optional<ServiceRequest> visible(long requestId, Actor viewer);

  /**
   * The request for its page when {@code viewer} may see it, with its catalog version, service and
   * steps (their definitions) in the same statement; empty alike when it does not exist.
   */
  Optional<ServiceRequest> visibleWithSteps(long requestId, Actor viewer);

  /** An attachment with its request, or empty for an unknown id (nothing is checked here). */
  Optional<Attachment> attachment(long attachmentId);

  /** The request's attachments without their bytes, in upload order. */
  List<AttachmentInfo> attachments(long requestId);

  /** The request's steps with their definitions, in order. */
  List<StepInstance> steps(long requestId);

  /** The request's signatures with their steps, oldest first. */
  List<Approval> approvals(long requestId);

  /** The definitions of the request's steps (for the names its history gives them). */
  List<StepDefinition> stepDefinitions(long requestId);

  /** The people named, by full name and roles. */
  People people(Collection<String> usernames);

  long countHistory(long requestId);

  /** A page of the request's audit entries, oldest first. */
  List<AuditEntry> history(long requestId, int first, int size);

  /** Every audit entry of the request, oldest first (the audit view of one request). */
  List<AuditEntry> history(long requestId);
}
