/**
 * Notices: the events port the workflow fires ({@link RequestNotice}), their delivery to the inbox
 * and e-mail outbox ({@link NoticeDelivery}, exactly once per notice key), and the caller's own
 * inbox ({@link Inbox}).
 */
package th.go.sesaoret.servicedesk.notification.application;
