/**
 * Notices: their delivery to the inbox and e-mail outbox ({@link NoticeDelivery}, exactly once per
 * notice key), the caller's own inbox ({@link Inbox}), the notice kinds of every service ({@link
 * NoticeKinds}, each service's {@link NoticeKindSource}) and the administrator's {@link
 * DeadLetterDesk}. It names no request type: what the inbox needs of requests comes through {@link
 * RequestStates}.
 */
package th.go.sesaoret.servicedesk.notification.application;
