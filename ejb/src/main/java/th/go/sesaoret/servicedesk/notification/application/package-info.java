/**
 * Notices: the events port the workflow fires ({@link RequestNotice}), and their delivery to the
 * inbox and by e-mail through JMS queues.
 */
package th.go.sesaoret.servicedesk.notification.application;
