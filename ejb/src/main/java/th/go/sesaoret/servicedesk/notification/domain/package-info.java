/**
 * The events port the workflow fires ({@link RequestNotice}, {@link StepHandled}) with the open
 * {@link NoticeKind} (the engine's own kinds: {@link WorkflowNotice}), and what a notice becomes:
 * inbox entries, e-mail waiting in the outbox with its retry rule, the record that a notice was
 * delivered (so a redelivered message changes nothing), who receives a notice and the words it
 * uses. Pure Java apart from the entities, so the rules are tested without a container.
 */
package th.go.sesaoret.servicedesk.notification.domain;
