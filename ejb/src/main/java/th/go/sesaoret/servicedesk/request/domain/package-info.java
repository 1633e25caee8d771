/**
 * The request lifecycle: a {@link ServiceRequest} filed from a catalog version, one {@link
 * StepInstance} per step, approvals signed by password re-entry ({@link Approval}), attachments,
 * running numbers and acting officials. The rules live here, in the entities, so they are tested
 * without a container; the services in {@code request.application} load, call one method, store.
 */
package th.go.sesaoret.servicedesk.request.domain;
